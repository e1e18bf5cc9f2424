"""The clerks' page and the batch path, what the seventeenth round left open (dev18-web).

1. A batch stopped mid-filing left its unfinished forms numbered without documents: now a stop
   comes between forms only (each numbered, rendered and logged whole), and the forms numbered
   without documents (an earlier kesu's cut, a render that failed, a crash) are listed and
   printed — on the register page and with ``kesu register unprinted``.
2. Forms of one batch carrying one number are said by ``kesu validate`` / ``kesu render`` too.
3. A bad kesu.toml: ``kesu serve`` refuses to start with the CLI's message; one edited bad while
   serving gives a page naming the key (503), not a 500, and a good edit is followed.
4. A batch read back from disk shows its findings at once.
"""

from __future__ import annotations

import io
import json
import re
import threading
from pathlib import Path

from click.testing import CliRunner
from test_web_cut_batches import _client, _until
from test_web_leftovers17 import _filing_held
from web_helpers import SAMPLES, browser, needs_browser, screenshot, served, wait_for

from kesu_docs import forms
from kesu_docs.cli import cli
from kesu_docs.config import SettingsFile
from kesu_docs.register import Register
from kesu_docs.web import WebConfig, create_app

COMPLAINT = json.loads((SAMPLES / "complaint-from-system.json").read_text("utf-8"))
UNNUMBERED = {k: v for k, v in COMPLAINT.items() if k != "number"}


def _csrf(client, path: str) -> str:
    page = client.get(path).get_data(as_text=True)
    return re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)


def _numbered_without_documents(reg: Register, count: int) -> list[str]:
    """What an earlier kesu left when a stop cut its batch between numbering and rendering:
    numbers issued, their rows in the register, no document written nor print logged."""
    model = forms.get("complaint").model
    return [
        reg.issue(
            model.model_validate(
                {k: v for k, v in UNNUMBERED.items() if k != "kind"} | {"order_no": f"SO-CUT-{n}"}
            ),
            source_hash=f"cut-{n}",
            source=f"/old/batches/x/in/客诉{n}.json",
        ).number
        for n in range(count)
    ]


def _serial(number: str) -> int:
    return int(number[-3:])


# ------------------------------------------------------------- 1. a stop between forms, never inside one
def test_a_batch_stopped_mid_filing_leaves_no_form_numbered_without_its_documents(tmp_path):
    """Stopped by its clerk in the middle of filing: every number the batch issued has its
    document written and its print logged (nothing for the register page to list), the files
    not reached are to submit again, and submitted again they take the next numbers — gapless,
    originals, not re-prints."""
    reg = Register.open(tmp_path / "k.db", create=True)
    app, client = _client(tmp_path, reg)
    batches = app.extensions["kesu"]["batches"]
    try:
        token = _csrf(client, "/check")
        files = [
            (io.BytesIO(json.dumps(UNNUMBERED | {"order_no": f"SO-{n:02d}"}).encode()), f"c{n:02d}.json")
            for n in range(12)
        ]
        sent = client.post(
            "/check", data={"csrf_token": token, "files": files}, headers={"X-Requested-With": "fetch"}
        )
        batch = batches.get(sent.get_json()["batch"])
        _until(batch, ("checked",))
        held = _filing_held(batches, batch, rendered=4)
        assert client.post(f"/batch/{batch.id}/file", data={"csrf_token": token}).status_code == 302
        assert held.reached.wait(120), batch.progress
        assert client.post(f"/batch/{batch.id}/stop", data={"csrf_token": token}).status_code == 302
        assert batch.progress.stage == "failed" and batch.progress.cut is not None, batch.progress

        numbered = [d.number for d in reg.documents()]
        assert len(numbered) == 4, numbered  # stopped where it was asked: between forms
        assert reg.unprinted() == []  # each number with its document and its print
        docx = sorted(p.name for p in batch.outbox.glob("*.docx"))
        assert docx == sorted(f"complaint-{n}.docx" for n in numbered)
        assert all([p.mark for p in reg.printed(n)] == ["original"] for n in numbered)
        rest = batch.progress.cut.rest
        assert len(rest) == 8 and set(rest).isdisjoint({Path(f.source).name for f in batch.filed})
        register_page = client.get("/register").get_data(as_text=True)
        assert 'id="unprinted"' not in register_page  # nothing to print by hand

        # the rest submitted again: the next numbers, no gap, originals
        again = client.post(
            "/check",
            data={
                "csrf_token": token,
                "files": [
                    (io.BytesIO(json.dumps(UNNUMBERED | {"order_no": f"SO-{name[1:3]}"}).encode()), name)
                    for name in rest
                ],
            },
            headers={"X-Requested-With": "fetch"},
        )
        second = batches.get(again.get_json()["batch"])
        _until(second, ("checked",))
        batches._cut = threading.Event()  # the first test's hold let go
        client.post(f"/batch/{second.id}/file", data={"csrf_token": token})
        _until(second, ("filed",))
        serials = sorted(_serial(d.number) for d in reg.documents())
        assert serials == list(range(serials[0], serials[0] + 12))  # gapless
        assert {(f.printed, f.reprint_no) for f in second.filed} == {("original", 0)}
    finally:
        batches.stop(5)
        reg.close()


def test_a_batch_filed_form_by_form_gets_the_numbers_one_transaction_gives(tmp_path):
    """Filed form by form (a batch that may be stopped), the samples get the numbers, revisions
    and outcomes ``kesu render`` gives them in one transaction: the forms carrying their number
    first — an unnumbered complaint took 202609001 before the one arriving with it was numbered,
    which was then refused, and its return note with it."""
    from kesu_docs.filing import render_paths

    samples = sorted(p for p in SAMPLES.iterdir() if p.suffix in (".xlsx", ".json", ".pdf"))
    found = []
    for n, stop in enumerate((None, lambda: False)):
        with Register.open(tmp_path / f"k{n}.db", create=True) as reg:
            filed = render_paths(samples, tmp_path / f"out{n}", register=reg, stop=stop)
            found.append([(Path(f.source).name, f.outcome, f.number, f.revision, f.printed) for f in filed])
    assert found[0] == found[1]
    assert ("complaint-from-system.json", "rendered", "202609001", 1, "original") in found[1]


def test_forms_numbered_without_documents_are_listed_and_printed_from_the_register_page(tmp_path):
    """Numbers an earlier kesu left without documents are said on the check page, listed on the
    register page with a button; pressed, their documents are printed as originals (never printed
    before: not 补印), logged, offered for download, and the list is empty."""
    reg = Register.open(tmp_path / "k.db", create=True)
    numbers = _numbered_without_documents(reg, 2)
    app, client = _client(tmp_path, reg)
    batches = app.extensions["kesu"]["batches"]
    try:
        check = client.get("/check").get_data(as_text=True)
        assert 'id="unprinted-notice"' in check and "有表单已编号但没有生成文件（2 份）" in check
        page = client.get("/register").get_data(as_text=True)
        box = page[page.index('id="unprinted"') : page.index("</section>", page.index('id="unprinted"'))]
        assert all(n in box for n in numbers) and "编号不会收回" in box and 'id="print-unprinted"' in box
        english = client.get("/register?lang=en").get_data(as_text=True)
        assert "These forms are numbered but have no documents" in english
        client.get("/register?lang=zh")

        token = _csrf(client, "/register")
        done = client.post("/register/unprinted", data={"csrf_token": token, "number": numbers})
        assert done.status_code == 302
        shown = client.get("/register").get_data(as_text=True)
        assert "已生成：" in shown and 'id="unprinted"' not in shown
        for number in numbers:
            name = f"complaint-{number}.docx"
            assert f'href="/prints/{name}"' in shown
            assert (tmp_path / "work" / "prints" / name).is_file()
            assert client.get(f"/prints/{name}").status_code == 200
            assert [(p.mark, p.reprint_no) for p in reg.printed(number)] == [("original", None)]
        assert reg.unprinted() == []
        assert 'id="unprinted-notice"' not in client.get("/check").get_data(as_text=True)
        log = (tmp_path / "work" / "actions.log").read_text("utf-8")
        assert '"action": "print-unprinted"' in log
    finally:
        batches.stop(5)
        reg.close()


def test_kesu_register_unprinted_lists_them_and_prints_them_into_a_folder(tmp_path):
    """The command line's way to the same: ``kesu register unprinted`` lists the numbers left
    without documents, ``-o FOLDER`` prints them (originals, logged); void ones are not due."""
    db = tmp_path / "k.db"
    with Register.open(db, create=True) as reg:
        numbers = _numbered_without_documents(reg, 3)
        reg.void(numbers[2], "客户撤回")
    runner = CliRunner(env={"COLUMNS": "1000"})
    listed = runner.invoke(cli, ["register", "unprinted", "--db", str(db)])
    assert listed.exit_code == 0, listed.output
    assert "已编号但未生成文件的表单（2 份）" in listed.output
    assert numbers[0] in listed.output and numbers[1] in listed.output and numbers[2] not in listed.output
    english = runner.invoke(cli, ["register", "unprinted", "--db", str(db), "--lang", "en"])
    assert "Numbered without their documents (2 documents)" in english.output

    out = tmp_path / "受控文件"
    printed = runner.invoke(cli, ["register", "unprinted", "--db", str(db), "-o", str(out), "--user", "li"])
    assert printed.exit_code == 0, printed.output
    for number in numbers[:2]:
        assert f"已生成 {number}：" in printed.output
        assert (out / f"complaint-{number}.docx").is_file()
    with Register.open(db, create=False) as reg:
        assert reg.unprinted() == []
        prints = reg.printed(numbers[0])
        assert [(p.mark, p.actor) for p in prints] == [("original", "li")]
    none = runner.invoke(cli, ["register", "unprinted", "--db", str(db)])
    assert none.exit_code == 0 and "没有已编号但未生成文件的表单" in none.output
    usage = runner.invoke(cli, ["register", "unprinted", "--db", str(db), "--pdf"])
    assert usage.exit_code == 2


# ------------------------------------------------------------- 2. one number, two forms: the CLI says it too
def _same_number_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "收件箱"
    folder.mkdir()
    for n in range(2):  # two customers' complaints typed with one number
        (folder / f"客诉{n}.json").write_text(
            json.dumps(COMPLAINT | {"order_no": f"SO-{n}"}, ensure_ascii=False), "utf-8"
        )
    # one complaint sent twice (the same record): one document, not said
    other = COMPLAINT | {"number": "202609077", "order_no": "SO-77"}
    for name in ("同一份.json", "同一份-副本.json"):
        (folder / name).write_text(json.dumps(other, ensure_ascii=False), "utf-8")
    return folder


def test_kesu_validate_and_render_on_a_folder_say_forms_that_carry_the_same_number(tmp_path):
    folder = _same_number_folder(tmp_path)
    number = COMPLAINT["number"]
    runner = CliRunner(env={"COLUMNS": "1000"})
    checked = runner.invoke(cli, ["parse", str(folder)])
    lines = [json.loads(line) for line in checked.output.splitlines()]
    said = {
        Path(line["source"]).name: [w for w in line["warnings"] if w["code"] == "batch_same_number"]
        for line in lines
    }
    assert [len(said[n]) for n in ("客诉0.json", "客诉1.json", "同一份.json", "同一份-副本.json")] == [
        1,
        1,
        0,
        0,
    ]
    assert said["客诉0.json"][0]["message"].startswith(
        f"本批有 2 份表单带同一编号 {number}（客诉0.json、客诉1.json）"
    )
    assert said["客诉0.json"][0]["field"] == "number"
    english = runner.invoke(cli, ["validate", str(folder), "--lang", "en"])
    assert f"2 forms of this batch carry the same number {number} (客诉0.json, 客诉1.json)" in english.output
    assert english.exit_code == 0  # a warning: the forms are valid

    db = tmp_path / "k.db"
    rendered = runner.invoke(cli, ["render", str(folder), "-o", str(tmp_path / "out"), "--db", str(db)])
    assert rendered.exit_code == 0, rendered.output
    assert rendered.output.count(f"本批有 2 份表单带同一编号 {number}（客诉0.json、客诉1.json）") == 2
    assert "202609077" in rendered.output and rendered.output.count("本批有") == 2  # the copies: not said
    with Register.open(db, create=False) as reg:
        assert reg.get(number).revision == 2  # what the warning says happened


# ------------------------------------------------------------- 3. a bad kesu.toml, at the start and while serving
def test_kesu_serve_with_a_bad_kesu_toml_refuses_to_start_with_the_clis_message(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("KESU_CONFIG", raising=False)
    (tmp_path / "kesu.toml").write_text("[limits]\nfile_mb = -5\n", "utf-8")
    runner = CliRunner()
    zh = runner.invoke(cli, ["serve", "--db", str(tmp_path / "k.db"), "--work", str(tmp_path / "w")])
    assert zh.exit_code == 2, zh.output
    assert "配置文件有误：" in zh.output and "[limits] file_mb = -5：应为 1 到 4,096 之间的整数" in zh.output
    assert "Traceback" not in zh.output and not (tmp_path / "k.db").exists()
    en = runner.invoke(cli, ["serve", "--db", str(tmp_path / "k.db"), "--lang", "en"])
    assert en.exit_code == 2 and "Configuration error:" in en.output and "file_mb" in en.output


def test_a_kesu_toml_edited_bad_while_serving_gives_a_page_naming_the_key_and_a_good_edit_is_followed(
    tmp_path,
):
    toml = tmp_path / "kesu.toml"
    toml.write_text('company = "甲公司"\n', "utf-8")
    watched = SettingsFile(toml)
    reg = Register.open(tmp_path / "k.db", create=True, settings=watched.settings)
    config = WebConfig(db=str(tmp_path / "k.db"), work=tmp_path / "work", settings_file=watched)
    app = create_app(config, register=reg)
    client = app.test_client()
    try:
        assert client.get("/check").status_code == 200
        toml.write_text('company = "甲公司"\n[limits]\nfile_mb = "many"\n', "utf-8")
        for path in ("/check", "/register", "/blanks"):
            page = client.get(path)
            assert page.status_code == 503, (path, page.status_code)
            text = page.get_data(as_text=True)
            assert "配置文件有误：" in text and "[limits] file_mb" in text and "服务器不必重启" in text
        english = client.get("/check?lang=en").get_data(as_text=True)
        assert "Configuration error:" in english and "file_mb" in english
        assert client.get("/static/kesu.css").status_code == 200  # the page's own style still

        toml.write_text('company = "乙公司"\n', "utf-8")  # put right, and changed
        assert client.get("/check?lang=zh").status_code == 200
        assert reg.settings.company == "乙公司"  # followed from the next page and batch on
    finally:
        app.extensions["kesu"]["batches"].stop(5)
        reg.close()


# ------------------------------------------------------------- 4. a batch read back from disk shows its findings
def test_a_batch_read_back_from_disk_shows_its_findings_at_once(tmp_path):
    """A checked batch read back after a restart is checked again; meanwhile its page showed no
    finding at all. Now it shows the findings as last checked (kept beside its facts) at once,
    and a filed batch read back keeps showing them."""
    from kesu_docs.web.preview import PDFIUM

    reg = Register.open(tmp_path / "k.db", create=True)
    app, client = _client(tmp_path, reg)
    batches = app.extensions["kesu"]["batches"]
    try:
        token = _csrf(client, "/check")
        files = [
            (io.BytesIO((SAMPLES / "complaint-broken.pdf").read_bytes()), "broken.pdf"),
            (io.BytesIO(json.dumps(UNNUMBERED).encode()), "good.json"),
        ]
        sent = client.post(
            "/check", data={"csrf_token": token, "files": files}, headers={"X-Requested-With": "fetch"}
        )
        batch = batches.get(sent.get_json()["batch"])
        _until(batch, ("checked",))
        before = client.get(f"/batch/{batch.id}").get_data(as_text=True)
        messages = re.findall(r'<td class="message">([^<]+)</td>', before)
        assert messages, before
        batches.stop(5)

        app, client = _client(tmp_path, reg)  # the server started again
        batches = app.extensions["kesu"]["batches"]
        with PDFIUM:  # its check held at the PDF: the page asked meanwhile
            page = client.get(f"/batch/{batch.id}").get_data(as_text=True)
            again = batches.get(batch.id)
            assert again.progress.stage in ("queued", "reading"), again.progress
            assert 'id="findings-kept"' in page and "正在重新检查" in page
            assert re.findall(r'<td class="message">([^<]+)</td>', page) == messages
            assert 'id="file-button"' not in page  # filed only once checked again
        _until(again, ("checked",))
        checked = client.get(f"/batch/{batch.id}").get_data(as_text=True)
        assert 'id="findings-kept"' not in checked and 'id="file-button"' in checked

        client.post(f"/batch/{batch.id}/file", data={"csrf_token": _csrf(client, f"/batch/{batch.id}")})
        _until(again, ("filed",))
        batches.stop(5)
        app, client = _client(tmp_path, reg, "en")
        batches = app.extensions["kesu"]["batches"]
        filed = client.get(f"/batch/{batch.id}").get_data(as_text=True)
        assert 'id="findings-gone"' not in filed and "findings as last checked" in filed
        assert len(re.findall(r'<td class="message">', filed)) == len(messages)
    finally:
        batches.stop(5)
        reg.close()


# ------------------------------------------------------------- the register page's button, in a browser
@needs_browser
def test_the_clerk_prints_the_forms_numbered_without_documents_from_the_register_page(tmp_path):
    reg = Register.open(tmp_path / "k.db", create=True)
    numbers = _numbered_without_documents(reg, 2)
    app = create_app(WebConfig(db=str(tmp_path / "k.db"), work=tmp_path / "work", lang="en"), register=reg)
    with served(app, threads=4) as server:
        url = f"http://127.0.0.1:{server.effective_port}"
        page = browser(tmp_path / "downloads")
        try:
            page.get(url + "/check")
            page.find_element("css selector", "#unprinted-notice a").click()
            box = wait_for(lambda: page.find_elements("css selector", "#unprinted"), 30, "the list")[0]
            assert all(n in box.text for n in numbers), box.text
            screenshot(page, "web18-unprinted")
            page.find_element("css selector", "#print-unprinted").click()
            flash = wait_for(lambda: page.find_elements("css selector", "p.flash a"), 60, "the printed files")
            assert {a.text for a in flash} == {f"complaint-{n}.docx" for n in numbers}
            assert not page.find_elements("css selector", "#unprinted")
            assert reg.unprinted() == []
        finally:
            page.quit()
            app.extensions["kesu"]["batches"].stop(5)
            reg.close()
