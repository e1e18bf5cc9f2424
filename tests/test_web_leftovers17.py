"""The page's leftovers of the sixteenth round: the case log's export in English, the managers'
reports kept bounded, the settings the server was given, one stop for a batch, the listing of
the batches on disk. A real register (SQLite file), the page through Flask's test client or a
real ``kesu serve`` in Chromium."""

from __future__ import annotations

import io
import json
import os
import re
import threading
import time

from openpyxl import load_workbook
from test_web_cut_batches import _batch_of, _client, _until
from web_helpers import SAMPLES, browser, needs_browser, screenshot, served, wait_for

from kesu_docs import forms
from kesu_docs.register import Register
from kesu_docs.register.document import Event

COMPLAINT = json.loads((SAMPLES / "complaint-from-system.json").read_text("utf-8"))


def _logged(reg: Register, tmp_path) -> tuple[str, str]:
    """A complaint printed and revised: two case-log lines kept as facts (worded when shown)."""
    model = forms.get("complaint").model
    first = {k: v for k, v in COMPLAINT.items() if k not in ("kind", "number")} | {"root_cause": None}
    number = reg.issue(model.model_validate(first), source_hash="first").number
    output = str(tmp_path / "out" / f"complaint-{number}.docx")
    reg.log_print(
        number, "complaint", revision=1, mark="original", copies="1-5", output=output, file_hash="0" * 64
    )
    second = first | {"number": number, "root_cause": COMPLAINT["root_cause"]}
    reg.issue(model.model_validate(second), source_hash="second", source="收件箱/客诉.xlsx")
    return number, output


# ------------------------------------------------------------- 1. the case log's export in English
def _log_sheet(data: bytes) -> list[tuple]:
    book = load_workbook(io.BytesIO(data))
    return [tuple(row) for row in book.worksheets[-1].iter_rows(values_only=True)]


def test_the_english_pages_register_export_words_the_case_logs_details_in_english(tmp_path):
    """The register's export from the English page (its case-log sheet) headed "Detail" and
    wrote under it the Chinese sentences (第 1 版 原件，联 1-5 …; 修订 2：原因分析：（空） → …).
    Now each line kept as facts is worded in the export's language; the Chinese export keeps
    its sentences; a note kept as written stays as written."""
    reg = Register.open(tmp_path / "k.db", create=True)
    number, output = _logged(reg, tmp_path)
    reg.log(number, "reminder", "催办单已发（旧版登记簿的记载）")
    app, client = _client(tmp_path, reg, "en")
    try:
        for attempt in range(2):  # made, then from the rows the register keeps
            english = client.get("/manager/tracking.xlsx")
            assert english.status_code == 200
            rows = _log_sheet(english.data)
            assert rows[0][-2:] == ("Event", "Detail"), rows[0]
            details = {row[3]: row[4] for row in rows[1:]}
            assert details["printed"] == f"revision 1, original, copies 1-5 → {output}", (attempt, details)
            assert details["revised"].startswith("revision 2: Root cause: (empty) → "), details
            assert details["reminder"] == "催办单已发（旧版登记簿的记载）"
            words = " ".join(str(v) for row in rows[1:] for v in row[3:] if v != details["reminder"])
            assert not any(w in words for w in ("第 1 版", "修订", "（空）", "原件")), words
        chinese = _log_sheet(client.get("/manager/tracking.xlsx?lang=zh").data)
        assert chinese[0][-2:] == ("事件", "说明")
        zh = {row[3]: row[4] for row in chinese[1:]}
        assert zh["打印"] == f"第 1 版 原件，联 1-5 → {output}", zh
        assert zh["修订"].startswith("修订 2：原因分析：（空） → ")
    finally:
        app.extensions["kesu"]["batches"].stop(5)
        reg.close()


def test_the_case_logs_lines_are_worded_when_read_in_the_language_read(tmp_path):
    """A case-log line kept as facts was worded in Chinese as each event was made — every line
    of every log read, whatever was shown of it and in whatever language. Now a line is worded
    when read, in the language read, once; what is stored stays as it was."""
    reg = Register.open(tmp_path / "k.db", create=True)
    try:
        number, output = _logged(reg, tmp_path)
        events = {e.event: e for e in reg.events(number)}
        printed = events["printed"]
        assert printed.stored.startswith('{"say": "printed"') and not any(
            key.startswith("_in_") for key in vars(printed)
        ), vars(printed)
        assert printed.detail_in("en") == f"revision 1, original, copies 1-5 → {output}"
        assert "_in_zh" not in vars(printed)  # the English page words none of it in Chinese
        assert printed.detail == f"第 1 版 原件，联 1-5 → {output}" and printed.facts["mark"] == "original"
        typed = Event(number, "complaint", printed.at, "void", '{"say": "a reason typed so"}')
        assert typed.detail == typed.detail_in("en") == '{"say": "a reason typed so"}' and typed.facts is None
    finally:
        reg.close()


# ------------------------------------------------------------- 6. the settings the server was given
def _csrf(client, path: str) -> str:
    page = client.get(path).get_data(as_text=True)
    return re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)


def _docx_text(path) -> str:
    import html
    import zipfile

    with zipfile.ZipFile(path) as z:
        xml = "".join(
            z.read(n).decode() for n in z.namelist() if n.startswith("word/") and n.endswith(".xml")
        )
    return html.unescape(re.sub(r"<[^>]+>", "", xml))


def test_rendering_from_the_page_honours_the_settings_the_server_was_given(tmp_path):
    """The server given its settings (``kesu serve`` reads kesu.toml as it starts) numbered
    under them, but rendered under the working directory's (here none: the defaults) — the
    documents printed another company's name. Now the page renders under the server's."""
    from kesu_docs.config import Settings, settings
    from kesu_docs.web import WebConfig, create_app

    assert settings() == Settings()  # (the suite's: no settings file, whatever lies in the folder)
    given = Settings(company="测试设定电子有限公司", issuing_unit="品保课")
    app = create_app(WebConfig(db=str(tmp_path / "k.db"), work=tmp_path / "work", settings=given))
    client = app.test_client()
    batches = app.extensions["kesu"]["batches"]
    try:
        record = {k: v for k, v in COMPLAINT.items() if k != "number"}
        sent = client.post(
            "/check",
            data={
                "csrf_token": _csrf(client, "/check"),
                "files": [(io.BytesIO(json.dumps(record, ensure_ascii=False).encode()), "客诉.json")],
            },
            headers={"X-Requested-With": "fetch"},
        )
        batch = batches.get(sent.get_json()["batch"])
        _until(batch, ("checked",))
        filed = client.post(
            f"/batch/{batch.id}/file", data={"csrf_token": _csrf(client, f"/batch/{batch.id}")}
        )
        assert filed.status_code == 302
        _until(batch, ("filed",))
        [document] = [p for p in batch.outbox.iterdir() if p.suffix == ".docx"]
        text = _docx_text(document)
        assert "测试设定电子有限公司" in text and "品保课" in text, text[:300]
        assert Settings().company not in text
        assert app.extensions["kesu"]["register"].settings.company == "测试设定电子有限公司"
    finally:
        batches.stop(5)
        app.extensions["kesu"]["register"].close()


# ------------------------------------------------------------- 3. the managers' reports kept bounded
def test_the_reports_the_managers_view_keeps_are_at_most_16_each_dropped_after_30_s_unused(tmp_path):
    """Each month's report (and its charts) the manager's view made was kept for the server's
    life, of every register and language: a manager paging through two years of months kept
    48 reports. Now at most 16 are kept, the one used longest ago dropped first, and each is
    dropped once 30 s pass without a use."""
    from kesu_docs.web import managers

    assert (managers._CACHE.entries, managers._CACHE.seconds) == (16, 30)
    reg = Register.open(tmp_path / "k.db", create=True)
    app, client = _client(tmp_path, reg)
    try:
        for n in range(24):
            month = f"{2025 + n // 12}-{n % 12 + 1:02d}"
            assert client.get(f"/manager?month={month}").status_code == 200
            assert client.get(f"/manager/chart/{month}/unit.svg").status_code == 200
            assert len(managers._CACHE) <= 16
        kept = [key for key in managers._CACHE.keys() if key[0] == reg.address]
        assert len(kept) == 16 and ("charts:2026-12:zh" in {k[1] for k in kept}), kept
        assert not any("2025-01" in k[1] for k in kept)  # the one used longest ago went first
    finally:
        app.extensions["kesu"]["batches"].stop(5)
        reg.close()
    recent = managers._Recent(entries=3, seconds=0.5)
    for n in range(4):
        recent[("db", str(n))] = (time.monotonic(), n)
    assert recent.keys() == [("db", "1"), ("db", "2"), ("db", "3")]
    time.sleep(0.3)
    assert recent.get(("db", "2"))[1] == 2  # a use: kept 0.5 s more
    time.sleep(0.3)
    assert recent.keys() == [("db", "2")] and recent.get(("db", "1")) is None
    time.sleep(0.6)
    assert len(recent) == 0


# ------------------------------------------------------------- 7. the batches on disk listed with os.scandir
def test_the_batches_on_disk_are_listed_with_one_stat_each(tmp_path, monkeypatch):
    """A restart listed the batches on disk with a glob and then a stat of each (two system
    calls a batch: is it there, how old is it); an upload cut short was listed with a stat and an
    lstat per file. Now one listing (os.scandir) and one stat per batch; the newest first still,
    a folder or a link among the uploads not listed."""
    from kesu_docs.web.jobs import SHELVED, Batches, _head, read_under_way

    reg = Register.open(tmp_path / "k.db", create=True)
    app, client = _client(tmp_path, reg)
    batches = app.extensions["kesu"]["batches"]
    made = [_batch_of(batches, count=1) for _ in range(3)]
    batches.stop(5)  # each checked batch put on disk
    for n, batch in enumerate(made):  # the last made the newest
        os.utime(batch.folder / SHELVED, (1_700_000_000 + n, 1_700_000_000 + n))
    (tmp_path / "work" / "batches" / "stray.txt").write_text("not a batch")
    calls: list[str] = []
    real_stat, real_lstat = os.stat, os.lstat

    def stat(path, *args, **kwargs):
        calls.append(str(path))
        return real_stat(path, *args, **kwargs)

    def lstat(path, *args, **kwargs):
        calls.append(str(path))
        return real_lstat(path, *args, **kwargs)

    monkeypatch.setattr(os, "stat", stat)
    monkeypatch.setattr(os, "lstat", lstat)
    again = Batches(tmp_path / "work", reg)
    monkeypatch.undo()
    try:
        assert [b.id for b in again.recent()][:3] == [b.id for b in reversed(made)]
        assert len([c for c in calls if c.endswith(SHELVED)]) == 3, calls
        cut = made[0]
        (cut.inbox / "子文件夹").mkdir()
        os.symlink(cut.inbox / cut.names[0], cut.inbox / "link.json")
        (cut.folder / "under-way.json").write_text(json.dumps({**_head(cut), "names": [], "uploading": True}))
        assert read_under_way(cut.folder).names == cut.names
    finally:
        again.stop(5)
        reg.close()


# ------------------------------------------------------------- 5. a batch asked to stop, by its clerk or the server
class _HeldUntilAsked(threading.Event):
    """The server's cut (:attr:`Batches._cut`, never set here) as the batch's worker asks it
    where it may stop whole: once ``at()`` holds, the worker waits there until the batch is
    asked to stop, on any machine however fast."""

    def __init__(self, at, batch_of) -> None:
        super().__init__()
        self.at, self.batch_of = at, batch_of
        self.reached = threading.Event()

    def is_set(self) -> bool:
        batch = self.batch_of()
        if threading.current_thread().name.startswith("kesu-batch") and batch is not None and self.at():
            self.reached.set()
            deadline = time.monotonic() + 120
            while not batch.asked_to_stop() and time.monotonic() < deadline:
                time.sleep(0.01)
        return super().is_set()


def _filing_held(batches, batch, rendered: int = 3) -> _HeldUntilAsked:
    held = _HeldUntilAsked(
        lambda: batch.progress.step == "render" and batch.progress.done >= rendered, lambda: batch
    )
    batches._cut = held
    return held


def test_a_batch_being_filed_stops_when_its_clerk_asks_within_the_timeout(tmp_path):
    """A batch of a thousand forms started from the page could only be stopped by stopping the
    server. Now the batch page's stop asks the batch — the one question its reading and its
    filing ask where they may end whole, the server's stop asks it the same way — and the batch
    has ended when the answer comes: the documents finished whole and logged, the rest listed."""
    reg = Register.open(tmp_path / "k.db", create=True)
    app, client = _client(tmp_path, reg)
    batches = app.extensions["kesu"]["batches"]
    try:
        batch = _batch_of(batches, count=12)
        held = _filing_held(batches, batch)
        token = _csrf(client, f"/batch/{batch.id}")
        assert client.post(f"/batch/{batch.id}/file", data={"csrf_token": token}).status_code == 302
        assert held.reached.wait(120), batch.progress
        assert 'id="stop-button"' in client.get(f"/batch/{batch.id}").get_data(as_text=True)
        asked = time.monotonic()
        stopped = client.post(f"/batch/{batch.id}/stop", data={"csrf_token": token})
        assert stopped.status_code == 302 and time.monotonic() - asked < 20
        assert batch.progress.stage == "failed" and batch.progress.cut is not None, batch.progress
        done = [f for f in batch.filed if f.number]
        assert 3 <= len(done) < 12 and len(batch.progress.cut.rest) == 12 - len(done), batch.progress.cut
        assert len([p for p in batch.outbox.iterdir() if p.suffix == ".docx"]) == len(done)  # whole ones
        page = client.get(f"/batch/{batch.id}").get_data(as_text=True)
        assert 'id="batch-error"' in page and 'id="stop-button"' not in page
        again = client.post(f"/batch/{batch.id}/stop", data={"csrf_token": token}, follow_redirects=True)
        assert "这批文件已经做完，无需停止" in again.get_data(as_text=True)
        actions = (tmp_path / "work" / "actions.log").read_text("utf-8")
        assert '"action": "stop"' in actions and '"ended": true' in actions
    finally:
        batches.stop(5)
        reg.close()


def test_a_batch_being_read_stops_at_its_next_file_when_asked_and_one_waiting_is_dropped(tmp_path):
    """The reading of a batch asks the same question between two files; a batch waiting its turn
    behind another is dropped at once (nothing read, nothing numbered: submit it again)."""
    from kesu_docs.web.preview import PDFIUM

    reg = Register.open(tmp_path / "k.db", create=True)
    app, client = _client(tmp_path, reg, "en")
    batches = app.extensions["kesu"]["batches"]
    try:
        first = batches.new("wang")
        (first.inbox / "first.pdf").write_bytes((SAMPLES / "complaint-broken.pdf").read_bytes())
        (first.inbox / "second.json").write_text(json.dumps(COMPLAINT, ensure_ascii=False), "utf-8")
        first.names += ["first.pdf", "second.json"]
        second = batches.new("wang")
        (second.inbox / "c.json").write_text(json.dumps(COMPLAINT, ensure_ascii=False), "utf-8")
        second.names.append("c.json")
        with PDFIUM:  # the first batch waits at its first file, the second behind it
            batches.check(first)
            batches.check(second)
            wait_for(lambda: first.progress.stage == "reading", 60, "the first batch reading")
            assert batches.stop_batch(second, timeout=5) and second.progress.stage == "failed"
            assert second.progress.cut.rest == ["c.json"]
            assert not batches.stop_batch(first, timeout=0.2)  # asked: it ends at its next file
        _until(first, ("failed",))
        assert first.progress.cut.rest == ["first.pdf", "second.json"] and not first.results
        assert "submit the whole batch again" in first.progress.said("en")
    finally:
        batches.stop(5)
        reg.close()


@needs_browser
def test_the_clerk_stops_a_batch_from_its_page(tmp_path):
    """The batch page under way shows a stop button; pressed, the page comes back with the
    batch stopped: what was finished, and the files to submit again."""
    from kesu_docs.web import WebConfig, create_app

    reg = Register.open(tmp_path / "k.db", create=True)
    app = create_app(WebConfig(db=str(tmp_path / "k.db"), work=tmp_path / "work", lang="en"), register=reg)
    batches = app.extensions["kesu"]["batches"]
    with served(app, threads=4) as server:
        url = f"http://127.0.0.1:{server.effective_port}"
        inbox = tmp_path / "inbox"
        inbox.mkdir()
        files = []
        for n in range(10):
            record = {k: v for k, v in COMPLAINT.items() if k != "number"} | {"order_no": f"SO-{n:04d}"}
            files.append(inbox / f"c{n:02d}.json")
            files[-1].write_text(json.dumps(record, ensure_ascii=False), "utf-8")
        page = browser(tmp_path / "downloads")
        try:
            page.get(url + "/check")
            page.find_element("css selector", "#files").send_keys("\n".join(map(str, files)))
            page.find_element("css selector", "#check-button").click()
            wait_for(lambda: page.find_elements("css selector", "#file-button"), 120, "the checked batch")
            batch_id = page.current_url.rstrip("/").rsplit("/", 1)[-1]
            batch = batches.get(batch_id)
            held = _filing_held(batches, batch, rendered=2)
            page.find_element("css selector", "#file-button").click()
            assert held.reached.wait(120), batch.progress
            page.get(url + f"/batch/{batch_id}")
            page.find_element("css selector", "#stop-button").click()
            error = wait_for(
                lambda: page.find_elements("css selector", "#batch-error"), 60, "the stopped batch"
            )
            screenshot(page, "web17-batch-stopped")
            assert "document(s) finished" in error[0].text, error[0].text
            assert not page.find_elements("css selector", "#stop-button")
            rest = page.find_element("css selector", "#resubmit")
            assert "Files to submit again" in rest.text
            assert batch.progress.stage == "failed" and 2 <= len([f for f in batch.filed if f.number]) < 10
        finally:
            page.quit()
            batches.stop(5)
            reg.close()


# ------------------------------------------------------------- 4. a document under its old plain name
def test_a_file_submitted_again_finds_its_document_under_the_old_plain_name_and_prints_nothing(tmp_path):
    """A form carrying a number that changes in a file name (CCF/SG/26/0307) was named
    ``complaint-CCF_SG_26_0307.docx`` by an earlier kesu, ``…~d00c01a2.docx`` now. The same file
    submitted again after its batch was cut found no file of the new name and was re-printed
    (补印 1) for a name alone. Now the identical document under the old name is given its new
    name and taken as it is: no re-print recorded."""
    from kesu_docs.web.jobs import write_summary

    reg = Register.open(tmp_path / "k.db", create=True)
    app, client = _client(tmp_path, reg)
    batches = app.extensions["kesu"]["batches"]
    number = "CCF/SG/26/0307"
    records = [
        COMPLAINT | {"number": number},
        {k: v for k, v in COMPLAINT.items() if k != "number"} | {"order_no": "SO-2"},
    ]

    def submitted():
        batch = batches.new("wang")
        for n, record in enumerate(records):
            (batch.inbox / f"c{n}.json").write_text(json.dumps(record, ensure_ascii=False), "utf-8")
            batch.names.append(f"c{n}.json")
        batches.check(batch)
        _until(batch, ("checked",))
        return batch

    try:
        first = submitted()
        held = _filing_held(batches, first, rendered=1)
        assert batches.file(first, pdf=False, user="wang")
        assert held.reached.wait(120), first.progress
        assert batches.stop_batch(first)
        batches._cut = threading.Event()
        cut = first.progress.cut
        [(digest, [hashed])] = [(d, made) for d, made in cut.finished.items() if made]
        assert hashed == "complaint-CCF_SG_26_0307~d00c01a2.docx", cut.finished
        plain = "complaint-CCF_SG_26_0307.docx"  # as the earlier kesu named it
        (first.outbox / hashed).rename(first.outbox / plain)
        cut.finished[digest] = [plain]
        write_summary(first)
        again = submitted()
        assert set(batches.earlier(again)) == {"c0.json"}
        assert batches.file(again, pdf=False, user="wang")
        _until(again, ("filed",))
        [document] = [f for f in again.filed if f.number == number]
        assert document.printed == "unchanged" and document.output.name == hashed, document
        assert (again.outbox / hashed).is_file() and not (again.outbox / plain).exists()
        marks = [(p.mark, p.reprint_no) for p in reg.printed(number, kind="complaint")]
        assert marks == [("original", None)], marks  # no 补印
    finally:
        batches.stop(5)
        reg.close()


# ------------------------------------------------------------- 2. forms of one batch carrying one number
def test_forms_of_a_batch_that_carry_the_same_number_are_each_warned_in_the_pages_language(tmp_path):
    """Two forms of one batch typed with the same number were both valid and filed as one
    document and its revision (修订2), silently. Now each carries a warning on its number, from
    the catalogue, in the page's language; kept when the batch is read back from disk."""
    from kesu_docs.problems import MESSAGES

    assert MESSAGES["batch_same_number"][0].startswith("本批有")
    reg = Register.open(tmp_path / "k.db", create=True)
    app, client = _client(tmp_path, reg)
    batches = app.extensions["kesu"]["batches"]
    try:
        sent = client.post(
            "/check",
            data={
                "csrf_token": _csrf(client, "/check"),
                "files": [
                    (io.BytesIO(json.dumps(COMPLAINT | {"order_no": f"SO-{n}"}).encode()), f"客诉{n}.json")
                    for n in range(2)
                ]
                + [
                    (
                        io.BytesIO(
                            json.dumps({k: v for k, v in COMPLAINT.items() if k != "number"}).encode()
                        ),
                        "c.json",
                    )
                ],
            },
            headers={"X-Requested-With": "fetch"},
        )
        batch = batches.get(sent.get_json()["batch"])
        _until(batch, ("checked",))
        number = COMPLAINT["number"]
        said = {
            r.source.rsplit("/", 1)[-1]: [p for p in r.warnings if p.code == "batch_same_number"]
            for r in batch.results
        }
        assert [len(said[name]) for name in ("客诉0.json", "客诉1.json", "c.json")] == [1, 1, 0], said
        zh = client.get(f"/batch/{batch.id}").get_data(as_text=True)
        assert f"本批有 2 份表单带同一编号 {number}（客诉0.json、客诉1.json）" in zh, zh
        en = client.get(f"/batch/{batch.id}?lang=en").get_data(as_text=True)
        assert f"2 forms of this batch carry the same number {number} (客诉0.json, 客诉1.json)" in en
        assert "本批有" not in en
        batches.stop(5)  # the checked batch on disk, read back by the next server
        app, client = _client(tmp_path, reg, "en")
        batches = app.extensions["kesu"]["batches"]
        _until(batches.get(batch.id), ("checked",))  # read back and checked again
        back = client.get(f"/batch/{batch.id}").get_data(as_text=True)
        assert f"carry the same number {number}" in back
    finally:
        batches.stop(5)
        reg.close()
