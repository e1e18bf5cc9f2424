"""The page's and the reports' leftovers of the fifteenth round: the monthly report made in a
language (not translated back from its Chinese words), the English page's statistics workbook in
English, case-log facts worded when shown, a 500's plain sentence and id, a batch of JSON forms
killed mid-filing listed per form. A real register (SQLite file), the page through Flask's test
client or a real ``kesu serve``."""

from __future__ import annotations

import io
import json
import re

import pytest
from click.testing import CliRunner
from helpers import sqlite_open
from openpyxl import load_workbook
from test_web_cut_batches import CJK, _client
from web_helpers import SAMPLES, browser, downloaded, needs_browser, running_server, screenshot, wait_for

from kesu_docs import forms
from kesu_docs.cli import cli
from kesu_docs.register import Register

COMPLAINT = json.loads((SAMPLES / "complaint-from-system.json").read_text("utf-8"))
# a customer and a unit whose names are words of the report: printed as typed, never translated
CUSTOMER, UNIT = "合计", "责任单位"


def _filed(reg: Register) -> dict:
    """The sample complaint (closed 2026-09-18) filed, its customer and unit the report's words."""
    record = {k: v for k, v in COMPLAINT.items() if k != "kind"} | {
        "customer": CUSTOMER,
        "responsible_unit": UNIT,
    }
    reg.issue(forms.get("complaint").model.model_validate(record), source_hash="sample")
    return record


def _typed(record: dict) -> set[str]:
    """Every text the clerk typed into the record (the report prints them as they are)."""
    out: set[str] = set()

    def walk(value):
        if isinstance(value, str):
            out.add(value)
        elif isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    walk(record)
    return out


def _left_over(text: str, typed: set[str]) -> list[str]:
    """The Chinese left in ``text`` once the clerk's own texts are taken out, longest first."""
    for own in sorted(typed, key=len, reverse=True):
        text = text.replace(own, "")
    return CJK.findall(text)


def _book_texts(data: bytes) -> list[str]:
    book = load_workbook(io.BytesIO(data))
    texts = list(book.sheetnames)
    for ws in book.worksheets:
        texts += [v for row in ws.iter_rows(values_only=True) for v in row if isinstance(v, str)]
        texts.append(ws.oddFooter.center.text or "")
    return texts


def _kesu_in_english(*args):
    """``kesu ... --lang en``, the language it remembers for after the command (a module's
    global) put back as it was: no later test runs in English for it."""
    from kesu_docs.cli import common

    before = common._CHOSEN[0]
    try:
        return CliRunner().invoke(cli, [*map(str, args), "--lang", "en"])
    finally:
        common._CHOSEN[0] = before


# ------------------------------------------------------------- 1. the monthly report made in a language
def test_kesu_report_monthly_lang_en_makes_the_report_in_english(tmp_path):
    """``kesu report monthly --lang en`` wrote the Chinese workbook (only the page's view was
    translated, by looking the report's Chinese words up): now the report is made in English —
    sheets, titles, headings, terms, the page footer — and the clerk's own words are as typed
    (a customer called 合计 stays 合计, where the looked-up page said "Total")."""
    reg = Register.open(tmp_path / "k.db", create=True)
    record = _filed(reg)
    company = reg.settings.company
    reg.close()
    typed = _typed(record) | {company}
    for suffix in ("xlsx", "html"):
        out = tmp_path / f"m.{suffix}"
        result = _kesu_in_english("report", "monthly", "2026-09", "-o", out, "--db", tmp_path / "k.db")
        assert result.exit_code == 0, result.output
        if suffix == "xlsx":
            texts = _book_texts(out.read_bytes())
            assert texts[0] == "Statistics" and "Complaint statistics 2026-09" in texts
            assert "By customer" in texts and "Page &P of &N" in texts
        else:
            page = out.read_text("utf-8")
            assert '<html lang="en">' in page and "<h2>By customer</h2>" in page
            texts = re.findall(r">([^<>]+)<", re.sub(r"<style>.*?</style>", "", page, flags=re.S))
        left = [w for text in texts for w in _left_over(text, typed)]
        assert not left, (suffix, left)
        assert CUSTOMER in texts and UNIT in texts  # as typed, in their own cells


def test_the_english_pages_statistics_download_is_the_english_workbook(tmp_path):
    """The manager's "Statistics (xlsx)" under ``kesu serve --lang en`` gave the Chinese
    workbook without a word: now the workbook is the page's language; the Chinese page's is
    Chinese. The English page's tables print the clerk's words as typed."""
    reg = Register.open(tmp_path / "k.db", create=True)
    _filed(reg)
    app, client = _client(tmp_path, reg, "en")
    try:
        page = client.get("/manager?month=2026-09").get_data(as_text=True)
        link = re.search(r'href="([^"]+)" id="monthly-xlsx"', page).group(1)
        cells = re.findall(r"<td[^>]*>([^<]*)</td>", page)
        assert CUSTOMER in cells and UNIT in cells and "Total" in cells
        english = client.get(link)
        assert english.status_code == 200
        texts = _book_texts(english.data)
        assert texts[0] == "Statistics" and "Complaint statistics 2026-09" in texts
        assert "complaint-statistics-202609.xlsx" in english.headers["Content-Disposition"]
        chinese = _book_texts(client.get(link + "?lang=zh").data)
        assert chinese[0] == "客诉案件统计表" and "客诉案件统计表 2026-09" in chinese
        assert "Complaint statistics 2026-09" not in chinese
    finally:
        app.extensions["kesu"]["batches"].stop(5)
        reg.close()


# ------------------------------------------------------------- 5. a JSON file of several forms killed mid-filing
@pytest.mark.parametrize("head_says", [True, False])
def test_a_json_file_of_forms_cut_between_two_is_listed_per_form_not_as_filed(tmp_path, head_says):
    """A JSON file of three forms, the server dead after its first two were filed: a restart
    listed the file as filed (each form it found was written) and said nothing of the third.
    Now the register's forms are listed one by one, with their numbers and documents, and the
    file stays among those to submit again. The head written as filing begins says how many
    forms each file has; an older head without it (``head_says``) leaves a list's file unfiled."""
    from test_web_cut_batches import _records, _until
    from test_web_leftovers12 import _held

    from kesu_docs.web.jobs import SHELVED, SUMMARY, UNDER_WAY, Batches

    reg = Register.open(tmp_path / "k.db", create=True)
    dead = Batches(tmp_path / "work", reg)
    batch = dead.new("wang")
    records = _records(3)
    (batch.inbox / "list.json").write_text(json.dumps(records[:2], ensure_ascii=False), encoding="utf-8")
    batch.names.append("list.json")
    dead.check(batch)
    _until(batch, ("checked",))
    gate = _held(dead)
    assert dead.file(batch, pdf=False, user="wang")  # waits behind the held worker, its head on disk
    written = json.loads((batch.folder / UNDER_WAY).read_text("utf-8"))
    gate.set()
    _until(batch, ("filed",))
    numbers = {batch.shown(f.source): f.number for f in batch.filed if f.ok}
    assert len(numbers) == 2 and all("#" in form for form in numbers)
    dead.stop(5)
    # the death as the file's third form's turn came: the head as filing wrote it for three
    (batch.folder / SHELVED).unlink()
    (batch.inbox / "list.json").write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    head = {k: v for k, v in written.items() if k != "forms"} | (
        {"forms": {"list.json": 3}} if head_says else {}
    )
    (batch.folder / UNDER_WAY).write_text(json.dumps(head), encoding="utf-8")

    app, client = _client(tmp_path, reg, "en")
    try:
        cut = json.loads((batch.folder / SUMMARY).read_text(encoding="utf-8"))["cut"]
        assert cut["known"] and cut["rest"] == ["list.json"] and cut["made"] == {}
        assert cut["numbered"] == {form: [number] for form, number in numbers.items()}
        assert sorted(cut["parts"]) == sorted(numbers) and cut["done"] == 2
        for lang in ("en", "zh"):
            page = client.get(f"/batch/{batch.id}?lang={lang}").get_data(as_text=True)
            said = re.search(r'id="batch-error">([^<]*)<', page).group(1)
            for form, number in numbers.items():
                assert (f"{form} ({number})" if lang == "en" else f"{form}（{number}）") in said, said
            assert ("no document of this batch was written" if lang == "en" else "本批没有文件已生成") in said
            assert ("2 form(s) filed" if lang == "en" else "2 份表单已编号并生成") in said
            assert "<li>list.json</li>" in page  # to submit again
            assert len(re.findall(r'href="(/batch/[0-9a-f]+/documents/[^"]+)"', page)) == 2
            if lang == "en":
                assert not CJK.search(said)
        # the head filing wrote said how many forms of each file it was to file
        assert written["filing"] is True and written.get("forms") == {"list.json": 2}
    finally:
        app.extensions["kesu"]["batches"].stop(5)
        reg.close()


# ------------------------------------------------------------- 4. a 500: a plain sentence and an id
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_failure_shows_the_clerk_a_plain_sentence_and_an_id_the_servers_log_carries(tmp_path, caplog, lang):
    """The register's table gone under the page (a database damaged or changed behind its
    back): the page said "Something failed: OperationalError: (sqlite3.OperationalError) no such
    table: documents [SQL: …]" to the clerk. Now a plain sentence with an id; the server's log
    carries that id with the traceback (the exception's words are there, not on the page)."""
    import logging

    reg = Register.open(tmp_path / "k.db", create=True)
    _filed(reg)
    app, client = _client(tmp_path, reg, lang)
    try:
        assert client.get("/register").status_code == 200
        with sqlite_open(tmp_path / "k.db") as db:  # behind the page's back
            db.execute("ALTER TABLE documents RENAME TO documents_gone")
        with caplog.at_level(logging.ERROR, logger=app.logger.name):
            answer = client.get("/register")
        assert answer.status_code == 500
        page = answer.get_data(as_text=True)
        shown = re.search(r'id="error-message">([^<]*)<', page).group(1)
        assert "Error" not in shown and "sqlite" not in shown and "documents" not in shown, shown
        assert ("告诉管理员" if lang == "zh" else "Give the administrator") in shown
        incident = re.search(r"\b([0-9a-f]{12})\b", shown).group(1)
        logged = [r for r in caplog.records if incident in r.getMessage()]
        assert len(logged) == 1 and logged[0].exc_info is not None
        assert "documents" in str(logged[0].exc_info[1])  # the words the clerk no longer sees
        entry = json.loads((tmp_path / "work" / "actions.log").read_text("utf-8").splitlines()[-1])
        assert entry["action"] == "error" and entry["id"] == incident
    finally:
        app.extensions["kesu"]["batches"].stop(5)
        reg.close()
        # the logged traceback's frames (kept by caplog past the test) held the failed request's
        # connection to the register and this test's own: two files of k.db left open
        caplog.clear()


# ------------------------------------------------------------- 3. the case log's and the action log's facts
def test_the_case_logs_facts_are_worded_in_the_pages_language(tmp_path):
    """A print's and a revision's case-log lines were Chinese sentences (第 1 版 原件，联 … ;
    修订 2：原因分析：（空） → …), shown as such on English pages. Now the register keeps their
    facts and each page words them in its language; the Chinese words are the sentences as
    before, and a sentence an older register wrote (or a note) shows as it was written."""
    reg = Register.open(tmp_path / "k.db", create=True)
    model = forms.get("complaint").model
    first = {k: v for k, v in COMPLAINT.items() if k not in ("kind", "number")} | {"root_cause": None}
    number = reg.issue(model.model_validate(first), source_hash="first").number
    output = str(tmp_path / "out" / f"complaint-{number}.docx")
    reg.log_print(
        number, "complaint", revision=1, mark="original", copies="1-5", output=output, file_hash="0" * 64
    )
    second = first | {"number": number, "root_cause": COMPLAINT["root_cause"]}
    reg.issue(model.model_validate(second), source_hash="second", source="收件箱/客诉.xlsx")
    reg.log(number, "reminder", "催办单已发（旧版登记簿的记载）")  # a sentence kept as written
    events = {e.event: e for e in reg.events(number)}
    assert events["printed"].detail == f"第 1 版 原件，联 1-5 → {output}"  # the Chinese as before
    revised = events["revised"].detail
    assert revised.startswith("修订 2：原因分析：（空） → 回流焊炉") and revised.endswith(
        " ← 收件箱/客诉.xlsx"
    ), revised
    app, client = _client(tmp_path, reg, "en")
    try:
        english = client.get(f"/case/complaint/{number}").get_data(as_text=True)
        log = re.search(r'<table class="list" id="events">(.*?)</table>', english, re.S).group(1)
        cells = [html_text(c) for c in re.findall(r"<td>(.*?)</td>", log, re.S)]
        assert f"revision 1, original, copies 1-5 → {output}" in cells, cells
        [revision] = [c for c in cells if c.startswith("revision 2: ")]
        assert "Root cause: (empty) → 回流焊炉" in revision and revision.endswith(" ← 收件箱/客诉.xlsx")
        assert "催办单已发（旧版登记簿的记载）" in cells
        assert not any(word in log for word in ("第 1 版", "修订", "（空）", "原件"))
        chinese = client.get(f"/case/complaint/{number}?lang=zh").get_data(as_text=True)
        assert f"第 1 版 原件，联 1-5 → {output}" in html_text(chinese) and "修订 2：原因分析" in chinese
    finally:
        app.extensions["kesu"]["batches"].stop(5)
        reg.close()


def html_text(text: str) -> str:
    import html

    return html.unescape(re.sub(r"<[^>]+>", "", text))


def test_the_action_logs_details_are_worded_in_the_pages_language(tmp_path):
    """The action log's detail column showed the raw keys (``batch=… file=…``, ``month=…``)
    whatever the page's language: now each fact is named in the page's words (a document's kind
    by its form's name), the key kept in its tooltip."""
    reg = Register.open(tmp_path / "k.db", create=True)
    app, client = _client(tmp_path, reg, "en")
    try:
        _filed(reg)
        assert client.get("/manager/monthly/2026-09.xlsx").status_code == 200
        assert client.get("/blanks/complaint.xlsx").status_code == 200
        for lang, words in (
            ("en", ("month: 2026-09", "file: complaint-statistics-202609.xlsx", "kind: ")),
            ("zh", ("月份：2026-09", "文件：complaint-statistics-202609.xlsx", "种类：客户抱怨处理单")),
        ):
            page = client.get(f"/actions?lang={lang}").get_data(as_text=True)
            details = [html_text(d) for d in re.findall(r'<td class="detail">(.*?)</td>', page, re.S)]
            shown = " | ".join(details)
            for word in words:
                assert word in shown, (lang, shown)
            assert "month=" not in shown and "file=" not in shown and "kind=" not in shown
            assert 'title="month"' in page
    finally:
        app.extensions["kesu"]["batches"].stop(5)
        reg.close()


# ------------------------------------------------------------- the same, in Chromium on a real kesu serve
@needs_browser
@pytest.mark.slow
def test_a_real_english_server_downloads_english_statistics_and_says_a_failure_plainly(tmp_path):
    """Chromium on a real ``kesu serve --lang en``: "Statistics (xlsx)" downloads the English
    workbook; a request that fails (the register's table renamed behind the server's back) shows
    a plain sentence and an id, and the server's log carries that id with the traceback."""

    from selenium.webdriver.common.by import By

    reg = Register.open(tmp_path / "kesu.db", create=True)
    _filed(reg)
    reg.close()
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    page = browser(downloads)
    try:
        with running_server(tmp_path, "--lang", "en") as server:
            page.get(f"{server.url}/manager?month=2026-09")
            wait_for(
                lambda: page.find_elements(By.CSS_SELECTOR, "#monthly-xlsx"), message="the manager's page"
            )
            page.find_element(By.CSS_SELECTOR, "#monthly-xlsx").click()
            got = downloaded(downloads, ".xlsx", prefix="complaint-statistics")
            texts = _book_texts(got.read_bytes())
            assert texts[0] == "Statistics" and "Complaint statistics 2026-09" in texts
            assert CUSTOMER in texts and "By customer" in texts

            with sqlite_open(server.db) as db:  # behind the server's back
                db.execute("ALTER TABLE documents RENAME TO documents_gone")
            page.get(f"{server.url}/register")
            shown = wait_for(
                lambda: (
                    page.find_elements(By.CSS_SELECTOR, "#error-message")
                    and page.find_element(By.CSS_SELECTOR, "#error-message").text
                ),
                message="the failure's page",
            )
            screenshot(page, "failure-with-an-id")
            assert "Give the administrator" in shown and "Error" not in shown and "documents" not in shown
            incident = re.search(r"\b([0-9a-f]{12})\b", shown).group(1)
            said = wait_for(
                lambda: incident in (log := server.log.read_text("utf-8")) and "Traceback" in log and log,
                message="the failure in the server's log",
            )
            after = said[said.index(incident) :]
            assert "Traceback" in after and "no such table: documents" in after
    finally:
        page.quit()
