"""The page for clerks (``kesu serve``), driven in a real Chromium against a real server and
a real SQLite register: the whole job a clerk does, as the procedure describes it.

Each test has a server of its own (a fresh register and work folder), the one browser with no
cookie left by another test (the language chosen) and an empty downloads folder, and files what
it needs itself: the tests pass in any order (debts28: they were one story in file order, the
samples filed by one and voided, reprinted or counted by later ones). A screenshot of each page
is kept under tests/artifacts/web/.
"""

from __future__ import annotations

import getpass
import shutil
import time
import zipfile
from pathlib import Path
from urllib.parse import unquote

import pytest
from openpyxl import load_workbook
from web_helpers import (
    SAMPLES,
    browser,
    downloaded,
    kesu,
    needs_browser,
    running_server,
    screenshot,
    wait_for,
)

from kesu_docs.parse import ParseResult, parse_paths
from kesu_docs.register import Register
from kesu_docs.web.preview import cell_of

pytestmark = [needs_browser, pytest.mark.slow]

SAMPLE_FILES = sorted(p for p in SAMPLES.iterdir() if p.suffix in (".xlsx", ".json"))


@pytest.fixture
def server(tmp_path_factory):
    """A server of this test's own: its register and work folder fresh."""
    with running_server(tmp_path_factory.mktemp("serve")) as server:
        yield server
        assert server.alive(), server.log.read_text()


@pytest.fixture(scope="module")
def _downloads(tmp_path_factory):
    return tmp_path_factory.mktemp("downloads")


@pytest.fixture(scope="module")
def _driver(_downloads):
    driver = browser(_downloads)
    yield driver
    driver.quit()


@pytest.fixture
def downloads(_downloads):
    """The browser's downloads folder, emptied: a file found there is this test's."""
    for old in _downloads.iterdir():
        old.unlink()
    return _downloads


@pytest.fixture
def page(_driver, downloads):
    """The browser, with no cookie of another test (the language it chose) and no download."""
    _driver.delete_all_cookies()
    return _driver


def by(page, css):
    from selenium.webdriver.common.by import By

    return page.find_elements(By.CSS_SELECTOR, css)


def drop(page, server, files: list[Path]) -> None:
    """Choose the files on the check page and press 检查; wait for the batch's results."""
    page.get(server.url + "/check")
    by(page, "#files")[0].send_keys("\n".join(str(f) for f in files))
    by(page, "#check-button")[0].click()

    def checked():
        return (
            "/batch/" in page.current_url
            and by(page, "#summary")
            and len(by(page, "section.doc")) >= len(files)
        )

    # the batch page polls until the check is done, then reloads itself (a poll that goes
    # unanswered is sent again, and a page that hears nothing for 20 s reloads): no help from here
    try:
        wait_for(checked, timeout=90, message="the checked batch")
    except AssertionError:
        shot = screenshot(page, "stalled-batch")
        (shot.parent / "stalled-batch.html").write_text(page.page_source, encoding="utf-8")
        logs = [server.log, server.work / "actions.log"]
        (shot.parent / "stalled-batch.log").write_text(
            "\n".join(p.read_text(errors="replace") for p in logs if p.exists()), encoding="utf-8"
        )
        stage = [e.text for e in by(page, "#stage, #upload-error, #progress-text")]
        import urllib.request

        status = urllib.request.urlopen(page.current_url + "/status.json").read()
        page.refresh()
        time.sleep(2)
        again = len(by(page, "section.doc"))
        raise AssertionError(
            f"the checked batch: {page.current_url} shows {stage} ({shot}); {status!r}; after a reload {again}"
        ) from None


def file_dropped(page, server, files: list[Path]) -> list[str]:
    """``files`` dropped and filed from the page (检查, then 归档): the numbers filed."""
    drop(page, server, files)
    by(page, "#file-button")[0].click()
    wait_for(lambda: by(page, "table#filed"), message="the filed batch")
    return [a.text for a in by(page, "table#filed a.number")]


def void_on_the_case_page(page, server, number: str, reason: str) -> None:
    page.get(f"{server.url}/case/complaint/{number}")
    wait_for(lambda: by(page, "#case-number"))
    by(page, "#void-reason-input")[0].send_keys(reason)
    by(page, "#void-button")[0].click()
    page.switch_to.alert.accept()  # "void 2026…?": asked first (fifteenth round)
    wait_for(lambda: by(page, "#void-reason"))


def reprint_on_the_case_page(page, server, kind: str, number: str) -> None:
    page.get(f"{server.url}/case/{kind}/{number}")
    by(page, "#reprint-button")[0].click()
    wait_for(lambda: by(page, "a.reprint-file"))


def section(page, name: str):
    found = [s for s in by(page, "section.doc") if s.get_attribute("data-source") == name]
    assert found, f"no section for {name}"
    return found[0]


def findings(section_element) -> list[dict[str, str]]:
    from selenium.webdriver.common.by import By

    rows = []
    for row in section_element.find_elements(By.CSS_SELECTOR, "tr.finding"):
        rows.append(
            {
                "location": row.find_element(By.CSS_SELECTOR, ".location").text,
                "label": row.find_element(By.CSS_SELECTOR, ".label").text,
                "message": row.find_element(By.CSS_SELECTOR, ".message").text,
                "mark": row.get_attribute("data-mark"),
            }
        )
    return rows


def test_samples_dropped_show_each_broken_ones_findings_at_their_cells(page, server):
    drop(page, server, SAMPLE_FILES)
    screenshot(page, "01-check-results")
    expected = {Path(r.source).name: r for r in parse_paths(SAMPLE_FILES)}
    for name, result in expected.items():
        shown = section(page, name)
        verdict = shown.get_attribute("class")
        if "broken" in name:
            assert "verdict-invalid" in verdict, name
            rows = findings(shown)
            # every error the library finds is on the page, at its cell, with its field label
            for problem in result.errors:
                assert any(r["location"] == problem.location and r["label"] == problem.label for r in rows), (
                    name,
                    problem.location,
                    rows,
                )
            if name.endswith(".xlsx"):
                # … and its cell is highlighted in the picture of the sheet, numbered as the finding
                from selenium.webdriver.common.by import By

                marked = {
                    c.get_attribute("data-ref"): c.get_attribute("data-marks")
                    for c in shown.find_elements(By.CSS_SELECTOR, "table.sheet td.marked")
                }
                for row in rows:
                    _sheet, r, c = cell_of(row["location"])
                    ref = f"{chr(64 + c)}{r}"
                    assert ref in marked, (name, ref, marked)
                    assert row["mark"] in marked[ref].split(), (name, ref)
        elif result.valid and "customer-layout" not in name:
            assert "verdict-valid" in verdict, (name, findings(shown))


def test_a_fixed_form_dropped_again_passes(page, server, tmp_path):
    """The clerk types the right values into the cells the page names and drops the form
    again (with the complaint it refers to), until it passes."""
    broken, complaint = SAMPLES / "return-broken.xlsx", SAMPLES / "complaint-from-system.json"
    fixed = tmp_path / broken.name
    shutil.copy(broken, fixed)
    good = load_workbook(SAMPLES / "return-valid.xlsx")
    for attempt in range(4):
        drop(page, server, [fixed, complaint])
        shown = section(page, fixed.name)
        if "verdict-valid" in shown.get_attribute("class"):
            break
        rows = findings(shown)
        assert rows and all(cell_of(r["location"]) for r in rows), rows
        wb = load_workbook(fixed)
        for row in rows:
            sheet, r, c = cell_of(row["location"])
            wb[sheet].cell(r, c).value = good[sheet].cell(r, c).value
        wb.save(fixed)
    screenshot(page, "01b-fixed-again")
    assert attempt >= 1  # it was broken when first dropped
    assert "verdict-valid" in section(page, fixed.name).get_attribute("class"), findings(
        section(page, fixed.name)
    )
    assert by(page, "#file-button")


@pytest.mark.skipif(
    "provenance" not in ParseResult.__dataclass_fields__, reason="this reader reports no provenance yet"
)
def test_how_each_value_was_read_is_shown_with_its_confidence(page, server):
    source = SAMPLES / "complaint-customer-layout.xlsx"
    drop(page, server, [source])
    result = parse_paths([source])[0]
    shown = section(page, source.name)
    from selenium.webdriver.common.by import By

    rows = shown.find_elements(By.CSS_SELECTOR, "details.readings tr.reading")
    assert len(rows) == len(result.provenance)
    page.execute_script("arguments[0].open = true", shown.find_element(By.CSS_SELECTOR, "details.readings"))
    texts = [r.get_attribute("textContent") for r in rows]
    for where in result.provenance.values():
        assert any(where.location in text for text in texts), where
    low = [p for p in result.provenance.values() if p.confidence < 0.8]
    assert len(shown.find_elements(By.CSS_SELECTOR, "tr.reading.low")) == len(low)
    screenshot(page, "01a-readings")


def test_valid_documents_are_numbered_rendered_and_downloaded_as_docx_with_their_number(
    page, server, downloads
):
    from docx import Document as Docx

    drop(page, server, SAMPLE_FILES)
    valid = int(by(page, "#n-valid")[0].text)
    assert valid > 0
    by(page, "#file-button")[0].click()
    wait_for(lambda: by(page, "table#filed"), message="the filed batch")
    screenshot(page, "02-filed")
    with Register.open(server.db, create=False) as reg:
        registered = {(d.kind, d.number) for d in reg.documents()}
    numbers = [a.text for a in by(page, "table#filed a.number")]
    assert len(numbers) == valid
    assert all(("complaint", n) in registered or any(n == num for _, num in registered) for n in numbers)
    first = by(page, "table#filed a.docx")[0]
    name = first.get_attribute("href").rsplit("/", 1)[-1]
    first.click()
    docx = downloaded(downloads, ".docx")
    assert docx.name == name
    kind, number = docx.stem.split("-", 1)
    text = "\n".join(p.text for p in Docx(docx).paragraphs) + "\n".join(
        cell.text for table in Docx(docx).tables for row in table.rows for cell in row.cells
    )
    assert number in text
    assert (kind, number) in registered
    # all of them as one zip
    by(page, "#download-zip")[0].click()
    archive = downloaded(downloads, ".zip")
    with zipfile.ZipFile(archive) as zf:
        names = zf.namelist()
    assert len(names) == len(set(names))
    offered = {
        unquote(a.get_attribute("href").rsplit("/", 1)[-1])
        for a in by(page, "table#filed a.docx, table#filed a.working-copy")
    }
    assert set(names) == offered


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed: no PDF")
def test_documents_also_as_pdf(page, server, downloads, tmp_path):
    import json

    record = json.loads((SAMPLES / "complaint-from-system.json").read_text())
    record.update(number=None, customer="苏州精工电子有限公司", order_no="SO-PDF-1")  # a new case
    source = tmp_path / "新客诉.json"
    source.write_text(json.dumps(record, ensure_ascii=False))
    drop(page, server, [source])
    assert "verdict-valid" in section(page, source.name).get_attribute("class"), findings(
        section(page, source.name)
    )
    by(page, "#want-pdf")[0].click()
    by(page, "#file-button")[0].click()
    wait_for(lambda: by(page, "table#filed a.pdf"), timeout=240, message="the PDF")
    for old in downloads.glob("*.pdf"):
        old.unlink()
    by(page, "table#filed a.pdf")[0].click()
    pdf = downloaded(downloads, ".pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
    number = by(page, "table#filed a.number")[0].text
    assert number in pdf.name


@pytest.mark.skipif(not hasattr(Register, "revisions"), reason="this register keeps no revisions yet")
def test_the_numbered_working_copy_filled_further_is_revision_2_with_its_changes_on_the_case_page(
    page, server, downloads, tmp_path
):
    drop(page, server, [SAMPLES / "complaint-valid.xlsx"])
    by(page, "#file-button")[0].click()
    wait_for(lambda: by(page, "table#filed"), message="the filed batch")
    number = by(page, "table#filed a.number")[0].text
    links = by(page, "table#filed a.working-copy")
    assert links, "no numbered working copy offered"
    for old in downloads.glob("*.xlsx"):
        old.unlink()
    links[0].click()
    copy = downloaded(downloads, ".xlsx")
    # QA fills in the next stage in the working copy, which already carries the number
    wb = load_workbook(copy)
    sheet_name, ref = next(iter(wb.defined_names["kesu.root_cause"].destinations))
    before = wb[sheet_name][ref.replace("$", "")].value
    wb[sheet_name][ref.replace("$", "")].value = "封口机参数漂移，已重新校准并加严首件检验"
    filled = tmp_path / copy.name
    wb.save(filled)
    drop(page, server, [filled])
    assert "verdict-valid" in section(page, filled.name).get_attribute("class"), findings(
        section(page, filled.name)
    )
    by(page, "#file-button")[0].click()
    wait_for(lambda: by(page, "table#filed"), message="the filed revision")
    screenshot(page, "03a-revision-filed")
    assert by(page, "table#filed a.number")[0].text == number  # the same case, no second number
    page.get(f"{server.url}/case/complaint/{number}")
    wait_for(lambda: by(page, "#revisions"))
    screenshot(page, "03b-case-revisions")
    revisions = by(page, "#revisions tr.revision")
    assert len(revisions) == 2
    changes = by(page, "#revisions .change")
    assert any("封口机参数漂移" in c.text and (before or "—")[:6] in c.text for c in changes), [
        c.text for c in changes
    ]


def test_void_with_a_reason_from_the_case_page(page, server, tmp_path):
    import json

    record = json.loads((SAMPLES / "complaint-from-system.json").read_text(encoding="utf-8"))
    # a case of its own, of another month (another number): the samples' cases stay whole
    record.update(number=None, order_no="SO-VOID-1", received_date="2026-10-08", approved_date="2026-10-10")
    record.update(closed_date="2026-10-18")
    source = tmp_path / "作废用.json"
    source.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    doc = _one_filed(server, "complaint", [source], tmp_path / "out")
    page.get(f"{server.url}/register?kind=complaint")
    screenshot(page, "04-register")
    link = next(a for a in by(page, "#register a.number") if a.text == doc.number)
    link.click()
    wait_for(lambda: by(page, "#case-number"))
    screenshot(page, "05-case")
    assert by(page, "#case-number")[0].text == doc.number
    void_on_the_case_page(page, server, doc.number, "客户撤回投诉")
    screenshot(page, "06-case-void")
    assert "客户撤回投诉" in by(page, "#void-reason")[0].text
    assert by(page, "#case-status")[0].text == "作废"
    with Register.open(server.db, create=False) as reg:
        voided = reg.get(doc.number, kind="complaint")
        events = reg.events(doc.number, kind="complaint")
    assert voided.status == "void" and voided.void_reason == "客户撤回投诉"
    user = getpass.getuser()  # who did it: the register's actor, or a line of the case log
    assert any(
        (e.event == "void" and getattr(e, "actor", None) == user) or (e.event == "web" and "void" in e.detail)
        for e in events
    )
    # the register's filter finds it among the void ones, and the search by its customer
    page.get(f"{server.url}/register?status=void")
    assert doc.number in [a.text for a in by(page, "#register a.number")]
    page.get(f"{server.url}/register")
    by(page, "#q")[0].send_keys(doc.customer)
    by(page, "#filter-button")[0].click()
    wait_for(lambda: "q=" in page.current_url)
    found = [a.text for a in by(page, "#register a.number")]
    with Register.open(server.db, create=False) as reg:
        expected = [d.number for d in reg.documents() if doc.customer in (d.customer or "")]
    assert doc.number in found and sorted(found) == sorted(expected)


def _one_filed(server, kind: str, samples: list[Path], out: Path):
    """A document of ``kind`` in the server's register not void: one the clerk's earlier steps
    filed, else ``samples`` filed now (the test run alone, or after others in another order)."""
    with Register.open(server.db, create=False) as reg:
        found = [d for d in reg.documents(kind=kind) if d.status != "void"]
    if not found:
        done = kesu("render", *map(str, samples), "-o", str(out), "--db", str(server.db))
        assert done.returncode == 0, done.stderr
        with Register.open(server.db, create=False) as reg:
            found = [d for d in reg.documents(kind=kind) if d.status != "void"]
    assert found, f"no {kind} filed from {[p.name for p in samples]}: {done.stdout}"
    return found[0]


def test_reprint_from_the_case_page(page, server, downloads, tmp_path):
    doc = _one_filed(
        server, "return", [SAMPLES / "complaint-from-system.json", SAMPLES / "return-valid.json"], tmp_path
    )
    reprint_on_the_case_page(page, server, "return", doc.number)
    screenshot(page, "06a-reprinted")
    assert "补印" in by(page, "a.reprint-file")[0].text
    with Register.open(server.db, create=False) as reg:
        assert reg.get(doc.number, kind="return").reprints == doc.reprints + 1
    # the print log names the re-print and who made it
    prints = [row.text for row in by(page, "#prints tr.print")]
    assert any("补印" in text and getpass.getuser() in text for text in prints), prints


def test_monthly_report_shows_its_charts(page, server, tmp_path):
    with Register.open(server.db, create=False) as reg:
        filed = [d for d in reg.documents(kind="complaint") if d.status != "void"]
    if not filed:  # run alone: the clerk's earlier steps have not filed a complaint yet
        done = kesu(
            "render", str(SAMPLES / "complaint-valid.xlsx"), "-o", str(tmp_path), "--db", str(server.db)
        )
        assert done.returncode == 0, done.stderr
    with Register.open(server.db, create=False) as reg:
        month = next(d for d in reg.documents(kind="complaint") if d.status != "void").document_date
        complaints = [
            d for d in reg.documents(kind="complaint", period=f"{month:%Y%m}") if d.status != "void"
        ]
    page.get(f"{server.url}/manager?month={month:%Y-%m}")
    wait_for(lambda: by(page, "#charts img"))
    charts = by(page, "#charts img.chart-img")
    assert charts
    wait_for(
        lambda: all(
            page.execute_script("return arguments[0].complete && arguments[0].naturalWidth > 0", i)
            for i in charts
        ),
        message="the charts drawn",
    )
    assert by(page, "#stat-complaints")[0].get_attribute("textContent") == str(len(complaints))
    screenshot(page, "07-manager")
    full = by(page, "#monthly-html")
    if full:  # the reports package's whole monthly page, its charts inline
        page.get(full[0].get_attribute("href"))
        wait_for(lambda: by(page, "svg"))
        assert len(by(page, "svg")) >= 3
        screenshot(page, "07a-monthly-report")


def test_overdue_cases_and_their_reminders(page, server, downloads, tmp_path):
    import datetime as dt
    import json

    from kesu_docs.web import managers

    # a case still open, received 2026-09-08 (15 days to close): overdue on any later day; and
    # one closed in time, which is not
    record = json.loads((SAMPLES / "complaint-from-system.json").read_text(encoding="utf-8"))
    late = tmp_path / "未结案.json"
    late.write_text(json.dumps(record | {"number": None, "closed_date": None}, ensure_ascii=False))
    done = kesu(
        "render",
        str(late),
        str(SAMPLES / "complaint-valid.xlsx"),
        "-o",
        str(tmp_path / "out"),
        "--db",
        str(server.db),
    )
    assert done.returncode == 0, done.stderr
    with Register.open(server.db, create=False) as reg:
        expected = managers.overdue(reg, dt.date.today())
    assert len(expected) == 1, expected
    page.get(f"{server.url}/manager")
    rows = by(page, "#overdue tr")[1:]
    assert len(rows) == len(expected)
    assert {r["number"] for r in expected} == {row.text.split()[0] for row in rows}
    by(page, "#reminders")[0].click()
    page.switch_to.alert.accept()  # reminders numbered in the register: asked first (fifteenth round)
    reminders = downloaded(downloads, prefix="催办")
    if reminders.suffix == ".zip":
        with zipfile.ZipFile(reminders) as zf:
            assert len([n for n in zf.namelist() if n.endswith(".docx")]) >= len(expected)
    else:
        assert load_workbook(reminders).active.max_row == len(expected) + 1


def test_blank_form_downloads(page, server, downloads):
    page.get(server.url + "/blanks")
    screenshot(page, "08-blanks")
    by(page, "#blank-complaint-xlsx")[0].click()
    blank = downloaded(downloads, ".xlsx", prefix="客户抱怨处理单")
    assert "kesu.customer" in load_workbook(blank).defined_names  # a real blank: its named value cells
    fillable = by(page, "#blank-complaint-pdf")
    if fillable:  # a Chinese font is installed: the fillable PDF too
        fillable[0].click()
        pdf = downloaded(downloads, ".pdf", prefix="客户抱怨处理单")
        from pypdf import PdfReader

        assert PdfReader(pdf).get_fields()


def test_hostile_files_get_their_message_and_the_server_stays_up(page, server, tmp_path):
    bomb = tmp_path / "炸弹.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/workbook.xml", "<workbook/>")
        zf.writestr("xl/worksheets/sheet1.xml", b"<" + b"a" * (60 * 1024 * 1024) + b"/>")
    garbage = tmp_path / "乱码.pdf"
    garbage.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 40)
    # the return note with the complaint it refers to: valid whether or not an earlier test of
    # this module filed that complaint (run alone, the note's complaint was nowhere: invalid)
    drop(page, server, [bomb, garbage, SAMPLES / "return-valid.json", SAMPLES / "complaint-from-system.json"])
    screenshot(page, "09-hostile")
    assert "压缩炸弹" in section(page, bomb.name).text
    assert "verdict-unreadable" in section(page, garbage.name).get_attribute("class")
    assert findings(section(page, garbage.name))
    assert "verdict-valid" in section(page, "return-valid.json").get_attribute("class")
    assert server.alive() and server.status("/check") == 200


def test_a_whole_folder_is_checked_form_files_only(page, server, tmp_path):
    inbox = tmp_path / "收件箱"
    (inbox / "九月").mkdir(parents=True)
    shutil.copy(SAMPLES / "return-broken.xlsx", inbox / "return-broken.xlsx")
    shutil.copy(SAMPLES / "8d-valid.json", inbox / "九月" / "8d-valid.json")
    (inbox / "说明.txt").write_text("不是表单")
    (inbox / "~$return-broken.xlsx").write_bytes(b"lock file of Excel")
    page.get(server.url + "/check")
    by(page, "#folder")[0].send_keys(str(inbox))
    by(page, "#check-button")[0].click()
    wait_for(lambda: by(page, "#summary"), message="the checked folder")
    screenshot(page, "09a-folder")
    shown = sorted(s.get_attribute("data-source") for s in by(page, "section.doc"))
    assert shown == ["8d-valid.json", "return-broken.xlsx"]


def test_a_file_that_is_not_a_form_is_refused_with_its_reason(page, server, tmp_path):
    other = tmp_path / "说明.txt"
    other.write_text("不是表单")
    # (with the complaint the return note refers to: valid on a register of its own)
    drop(page, server, [other, SAMPLES / "return-valid.json", SAMPLES / "complaint-from-system.json"])
    assert "不支持的文件类型" in section(page, other.name).text
    assert "verdict-valid" in section(page, "return-valid.json").get_attribute("class")


def test_english_switch(page, server):
    page.get(server.url + "/register")
    by(page, "#lang-switch")[0].click()
    wait_for(lambda: by(page, "h1") and by(page, "h1")[0].text == "Register")
    page.get(server.url + "/check")
    assert by(page, "h1")[0].text == "Check and file"
    by(page, "#lang-switch")[0].click()
    wait_for(lambda: by(page, "h1")[0].text == "检查与归档")


def test_every_action_is_logged_with_the_user(page, server, downloads):
    import json

    numbers = file_dropped(page, server, [SAMPLES / "complaint-valid.xlsx"])  # upload, file
    by(page, "table#filed a.docx")[0].click()  # download
    downloaded(downloads, ".docx")
    reprint_on_the_case_page(page, server, "complaint", numbers[0])
    void_on_the_case_page(page, server, numbers[0], "客户撤回投诉")
    lines = [json.loads(line) for line in (server.work / "actions.log").read_text().splitlines()]
    actions = {e["action"] for e in lines}
    assert {"upload", "file", "download", "void", "reprint"} <= actions
    assert all(e["user"] == getpass.getuser() for e in lines if e["action"] in ("void", "file"))
    # the manager reads them on the page, newest first
    page.get(server.url + "/actions")
    rows = by(page, "#actions tr")[1:]
    assert len(rows) >= len(lines)
    assert any("作废" in row.text and "客户撤回投诉" in row.text for row in rows)  # the action in words
    screenshot(page, "10-actions")
