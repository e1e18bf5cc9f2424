"""register34: the register's and the writes' open points — a monthly PDF of kesu's known as its
own whichever browser printed it (and one an earlier kesu printed), a file that appeared under a
document's name said as such, an SQLite URI naming another VFS refused by what SQLite would open,
a check report keeping a long path whole. Real SQLite files, real PDFs (fpdf2), real workbooks."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from helpers import complaint, kesu
from hostile import complaint as sample_record
from hostile import write_json

from kesu_docs.leftovers import own_prefix
from kesu_docs.register import Register, RegisterError

# ------------------------------------------------------------------ the monthly report's PDF
# A browser other than Chromium (KESU_BROWSER): it prints the page kesu gives it with fpdf2,
# the page's <title> its PDF's title, its own name (``$BROWSER_NAME``) its /Creator — as Edge or
# an older Chrome print under their names, short or long.
_BROWSER = """\
import os, re, sys
from pathlib import Path
from fpdf import FPDF

target = next(a.split("=", 1)[1] for a in sys.argv if a.startswith("--print-to-pdf="))
page = Path(sys.argv[-1].removeprefix("file://")).read_text("utf-8")
pdf = FPDF()
pdf.add_page()
pdf.set_title(re.search("<title>([^<]*)</title>", page).group(1))
pdf.set_creator(os.environ["BROWSER_NAME"])
pdf.set_producer(os.environ.get("BROWSER_PRODUCER", "fpdf2"))
pdf.set_font("helvetica")
pdf.cell(text="monthly report")
pdf.output(target)
"""


@pytest.fixture
def browser(tmp_path, monkeypatch):
    """A browser of the test's (KESU_BROWSER) that prints with fpdf2 under a name it is told."""
    exe = tmp_path / "browser" / "print-page"
    exe.parent.mkdir()
    exe.write_text(f"#!{sys.executable}\n{_BROWSER}", encoding="utf-8")
    exe.chmod(0o755)
    monkeypatch.setenv("KESU_BROWSER", str(exe))
    return monkeypatch


@pytest.fixture(scope="module")
def closed_cases(tmp_path_factory) -> Path:
    """A register of closed complaints (a month with cases), made once for the module."""
    from test_debts32 import _register_of_closed_cases

    db = tmp_path_factory.mktemp("register34") / "kesu.db"
    _register_of_closed_cases(db)
    return db


def _monthly(register: Path, output: Path, *more):
    return kesu("report", "monthly", "2026-09", "--db", register, "-o", output, *more)


def _creator(path: Path) -> str:
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(path))
    try:
        return pdf.get_metadata_dict()["Creator"].rstrip()
    finally:
        pdf.close()


def test_a_monthly_pdf_a_browser_with_a_short_name_printed_is_rerun_without_force(
    tmp_path, browser, closed_cases
):
    """The mark was written over the print's ``/Creator`` in place, as many bytes: a browser
    whose name is shorter than the mark (``Edge``) left the report unmarked, and the clerk's
    rerun of the month was refused without ``--force``. Now the mark is appended to the file (an
    incremental update); a stranger's PDF at ``-o`` is still refused, kept byte for byte."""
    from kesu_docs.reports.monthly import REPORT_MARK, is_monthly_report

    browser.setenv("BROWSER_NAME", "Edge")
    ours = tmp_path / "m.pdf"
    first = _monthly(closed_cases, ours)
    assert first.exit_code == 0, first.output
    assert _creator(ours) == REPORT_MARK and is_monthly_report(ours)
    again = _monthly(closed_cases, ours)
    assert again.exit_code == 0, again.output

    theirs = _fpdf(tmp_path / "minutes.pdf", "Edge")
    kept = theirs.read_bytes()
    refused = _monthly(closed_cases, theirs)
    assert refused.exit_code == 2 and "--force" in refused.output, refused.output
    assert theirs.read_bytes() == kept


def _fpdf(path: Path, creator: str | None) -> Path:
    """A PDF of one page under the report's title (no mark), its ``/Creator`` given or none."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_title("客诉案件统计表 2026-09")
    if creator is not None:
        pdf.set_creator(creator)
    pdf.output(str(path))
    return path


def test_a_print_with_no_creator_is_marked_its_own_bytes_kept(tmp_path):
    """(with no ``/Creator`` at all) the mark appended, the print's bytes before it unchanged,
    its title and pages as they were."""
    import pypdfium2

    from kesu_docs.reports.monthly import REPORT_MARK, is_monthly_report, marked_pdf

    data = _fpdf(tmp_path / "p.pdf", None).read_bytes()
    assert not is_monthly_report(tmp_path / "p.pdf")
    marked = tmp_path / "m.pdf"
    marked.write_bytes(marked_pdf(data))
    assert marked.read_bytes().startswith(data) and is_monthly_report(marked)
    pdf = pypdfium2.PdfDocument(str(marked))
    try:
        meta = pdf.get_metadata_dict()
        assert (meta["Creator"], meta["Title"], len(pdf)) == (REPORT_MARK, "客诉案件统计表 2026-09", 1)
    finally:
        pdf.close()


def test_a_monthly_pdf_an_earlier_kesu_printed_is_written_over_without_force(tmp_path, browser, closed_cases):
    """A monthly PDF of round 32 carried no mark: Chromium's print (the report's title, Skia's
    producer) whose dates kesu wrote over with its fixed moment. Its rerun needed ``--force``;
    now it is known by those dates. The same print dated by the browser (a page saved from
    Chrome under that title) is still refused."""
    from kesu_docs.reports.monthly import REPORT_MARK

    name = "Mozilla/5.0 (X11; Linux x86_64) HeadlessChrome/120.0.0.0"
    browser.setenv("BROWSER_NAME", name)
    browser.setenv("BROWSER_PRODUCER", "Skia/PDF m120")
    older = tmp_path / "m.pdf"
    assert _monthly(closed_cases, older, "--lang", "en").exit_code == 0
    data = older.read_bytes()
    assert REPORT_MARK.encode() in data
    older.write_bytes(data.replace(REPORT_MARK.encode(), b"HeadlessChrome/120."))  # as round 32 left it
    assert _creator(older) != REPORT_MARK
    saved = tmp_path / "saved.pdf"
    saved.write_bytes(older.read_bytes().replace(b"D:19800101000000", b"D:20261002093012"))

    again = _monthly(closed_cases, older)
    assert again.exit_code == 0, again.output
    assert _creator(older) == REPORT_MARK
    kept = saved.read_bytes()
    refused = _monthly(closed_cases, saved)
    assert refused.exit_code == 2 and "--force" in refused.output, refused.output
    assert saved.read_bytes() == kept


# ------------------------------------------------------- a file that appeared at the rename
@pytest.mark.parametrize(
    ("lang", "said"),
    [("zh", "输出文件夹中刚刚出现了文件 {path}"), ("en", "{path} appeared in the output folder just now")],
)
def test_a_file_that_appeared_after_the_folder_was_looked_at_is_said_as_such(tmp_path, lang, said):
    """The file system refusing the document's name at the rename (a file saved there after the
    folder was looked at) was said with ``number_in_folder``'s words: "this register never
    printed" it, "lost its latest records" — another fault. Now its own message (zh/en): the
    file appeared meanwhile, kept; move it and run again — the rerun writes the document
    under the number it was given."""
    from kesu_docs import filing
    from kesu_docs.problems import Problem

    inbox, out = tmp_path / "in", tmp_path / "out"
    inbox.mkdir()
    write_json(inbox / "c.json", sample_record(customer="one"))
    planted = b"another clerk's copy"
    document = out / "complaint-202609001.docx"
    _hook()  # (fixr34: the file saved at the very link, not by a stand-in for kesu's own look)
    _PLANTED[str(document)] = planted
    try:
        with Register.open(tmp_path / "kesu.db") as reg:
            [filed] = filing.render_paths([inbox], out, register=reg)
    finally:
        _PLANTED.clear()
    reason = filed.problems[0].params["reason"]
    message = reason.zh if lang == "zh" else reason.en
    assert filed.outcome == "failed" and document.read_bytes() == planted
    assert said.format(path=document) in message and "202609001" in message, message
    never = Problem("number_in_folder", params={"number": "202609001", "path": str(document)})
    assert message != never.message(lang)

    document.rename(tmp_path / "theirs.docx")  # (moved elsewhere, as the message asks)
    with Register.open(tmp_path / "kesu.db") as reg:
        [again] = filing.render_paths([inbox], out, register=reg)
        assert [d.number for d in reg.documents()] == ["202609001"]
    assert again.outcome != "failed" and document.read_bytes()[:2] == b"PK", again


# ------------------------------------------------------------- an SQLite URI naming a VFS
@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("vfs=unix-dotfile", "register_vfs"),  # locks with a dot file: the default's locks never met
        ("VFS=memdb", "register_vfs"),
        ("cache=shared&Vfs=unix-excl", "register_vfs"),
        ("vfs=unix&vfs=unix-flock", "register_vfs"),  # (SQLite takes the last)
        ("vfs=unix-flock&vfs=unix", "register_vfs"),
        ("vfs=mem%64b&mode=rwc", "register_in_memory"),
    ],
)
def test_an_sqlite_uri_naming_a_vfs_other_than_the_default_is_refused(tmp_path, query, code):
    """``file:kesu.db?vfs=memdb`` was caught by its exact spelling only; a VFS that locks
    otherwise (``unix-dotfile``, ``unix-flock``) went through: another clerk's kesu, locking the
    default way, never met its locks. Any VFS but the default is refused now, however written,
    and the register's file is left as it was."""
    db = tmp_path / "kesu.db"
    with Register.open(db) as reg:
        reg.issue_many([(complaint("甲"), "h0", "c0.json")])
    before = db.read_bytes()
    with pytest.raises(RegisterError) as refused:
        Register.open(f"sqlite:///file:{db}?{query}&uri=true")
    assert refused.value.code == code
    assert db.read_bytes() == before
    with Register.open(f"sqlite:///file:{db}?vfs=unix&uri=true") as reg:  # (guard: the default)
        assert [d.number for d in reg.documents()] == ["202609001"]


@pytest.mark.parametrize("relative", [False, True])
def test_the_memdb_vfs_on_an_existing_register_is_refused_once_connected(tmp_path, monkeypatch, relative):
    """What SQLite opened, not how the address reads: the memdb VFS names the register's file
    (``PRAGMA database_list``: that very file, on the disk) and never writes it — numbers issued
    there were lost as the command ended. Now a connection whose journal is in memory, or whose
    file is not given with its full path, is refused as a register in memory."""
    import sqlalchemy as sa

    from kesu_docs.register import database

    db = tmp_path / "kesu.db"
    with Register.open(db) as reg:
        reg.issue_many([(complaint("甲"), "h0", "c0.json")])
    monkeypatch.chdir(tmp_path)
    name = "kesu.db" if relative else str(db)
    engine = database.connect(sa.make_url(f"sqlite:///file:{name}?vfs=memdb&uri=true"), create=False)
    try:
        with pytest.raises(RegisterError) as refused, engine.connect():
            pass
    finally:
        engine.dispose()
    assert refused.value.code == "register_in_memory"


# ------------------------------------------------------------ a long path in the check report
def test_a_check_reports_long_path_is_kept_whole_and_a_longer_one_keeps_both_ends(tmp_path):
    """A file's path was cut at 1,000 characters in the check report (its name lost, the one
    part a clerk looks for). Kept whole up to a cell's 32,767; beyond that cut in the middle."""
    import json

    from openpyxl import load_workbook

    from kesu_docs.parse import parse_paths
    from kesu_docs.reports.check_report import write_report
    from kesu_docs.values import path_line

    deep = tmp_path
    for step in "abcde":
        deep = deep / (step * 240)
    deep.mkdir(parents=True)
    form = write_json(deep / "complaint-客户甲.json", sample_record())
    assert len(str(form)) > 1_200
    results = parse_paths([form])
    book = load_workbook(write_report(results, tmp_path / "r.xlsx"), read_only=True)
    try:
        assert next(book.active.iter_rows(min_row=2, max_col=1, values_only=True))[0] == str(form)
    finally:
        book.close()
    assert str(form) in (write_report(results, tmp_path / "r.html").read_text("utf-8"))
    listed = json.loads(write_report(results, tmp_path / "r.json").read_text("utf-8"))["documents"]
    assert listed[0]["source"] == str(form)

    cut = path_line("D:\\客诉\\" + "x" * 40_000 + "\\complaint.xlsx", 32_767)
    assert len(cut) == 32_767 and cut.startswith("D:\\客诉\\x") and cut.endswith("x\\complaint.xlsx")
    assert "…" in cut
    assert path_line("a\nb.xlsx", 100) == "a\\nb.xlsx"  # (one line still)


# ------------------------------------------------------- a document half written, then a kill
_HALF_WRITTEN = """\
import sys, time
from pathlib import Path
from kesu_docs import leftovers

def half(out):
    out.write(b"PK half a document")
    out.flush()
    print("writing", flush=True)
    time.sleep(120)

with leftovers.staged_aside():  # (as a batch stages its documents)
    leftovers.written_whole(Path(sys.argv[1]), half)
"""


def test_a_document_killed_while_written_leaves_nothing_visible_after_the_next_run(tmp_path):
    """A process killed (kill -9, a power cut) while it writes a document leaves its temporary
    file (``.NAME.PID.THREAD.part``) — in its private folder now, not beside the clerk's files.
    The next batch into that folder removes it (its process is gone) before it writes: after
    it, only the documents."""
    import signal
    import subprocess

    out = tmp_path / "out"
    out.mkdir()
    writer = subprocess.Popen(
        [sys.executable, "-c", _HALF_WRITTEN, str(out / "complaint-202609001.docx")],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert writer.stdout is not None and writer.stdout.readline() == "writing\n"
    finally:
        writer.send_signal(signal.SIGKILL)
        writer.wait(timeout=60)
        writer.stdout.close()  # type: ignore[union-attr]
    [stage] = out.iterdir()
    [part] = stage.iterdir()
    assert stage.name.startswith(f".kesu-stage-{writer.pid}@") and part.name.endswith(".part")
    assert part.name.startswith(".complaint-202609001.docx.")

    write_json(tmp_path / "c.json", sample_record())
    done = kesu("render", tmp_path / "c.json", "-o", out, "--db", tmp_path / "kesu.db")
    assert done.exit_code == 0, done.output
    assert sorted(p.name for p in out.iterdir()) == ["complaint-202609001.docx"]


_RENAMES: list[tuple[str, str]] | None = None
"""The renames and hard links made while a test listens (:func:`_listen`): (from, to)."""


_PLANTED: dict[str, bytes] = {}
"""A file another program saves under a name right as kesu links its document there (the link's
audit event, before the link is made), then forgotten: path -> its bytes."""


def _heard(event: str, args: tuple) -> None:
    if event == "os.link" and _PLANTED and (saved := _PLANTED.pop(os.fsdecode(args[1]), None)):
        Path(os.fsdecode(args[1])).write_bytes(saved)
    if _RENAMES is not None and event in ("os.rename", "os.link"):
        _RENAMES.append((_source(args), os.fsdecode(args[1])))


def _source(args: tuple) -> str:
    """The path a rename or link takes its file from: a name relative to its folder's
    descriptor (``src_dir_fd``: leftovers takes a staged file from the folder it checked, held
    open) joined to the folder that descriptor is (Linux's ``/proc/self/fd``); else as given
    (the event says -1 for no descriptor)."""
    name, folder = os.fsdecode(args[0]), args[2]
    if folder is None or folder < 0:
        return name
    return os.path.join(os.readlink(f"/proc/self/fd/{folder}"), name)


_HOOKED: list[bool] = []


def _listen() -> list[tuple[str, str]]:
    """Start listening to the process's renames (an audit hook, added once: it cannot be taken
    away, and does nothing while no test listens)."""
    global _RENAMES
    _hook()
    _RENAMES = []
    return _RENAMES


def _hook() -> None:
    """The audit hook (:func:`_heard`) added once: it cannot be taken away, and does nothing
    while no test listens nor plants."""
    if not _HOOKED:
        sys.addaudithook(_heard)
        _HOOKED.append(True)


def test_a_batchs_documents_are_staged_in_a_private_folder_not_beside_the_clerks_files(tmp_path):
    """Each document was written as ``.NAME.PID.THREAD.part`` beside the clerk's files, then
    renamed: a kill left one such file a document in flight, in the folder the clerk opens. Now
    they are written in the batch's private folder inside it (``.kesu-stage-PID@HOST.…``: the same
    file system, each rename moves no data) and the folder is gone when the batch ends."""
    global _RENAMES

    inbox, out = tmp_path / "in", tmp_path / "out"
    inbox.mkdir()
    for i in range(2):
        write_json(inbox / f"c{i}.json", sample_record(customer=f"客户{i}"))
    heard = _listen()
    try:
        done = kesu("render", inbox, "-o", out, "--db", tmp_path / "kesu.db")
    finally:
        _RENAMES = None
    assert done.exit_code == 0, done.output
    names = ["complaint-202609001.docx", "complaint-202609002.docx"]
    assert sorted(p.name for p in out.iterdir()) == names
    into = {Path(to).name: Path(made) for made, to in heard if Path(to).parent == out}
    assert sorted(into) == names, heard
    for made in into.values():
        assert made.parent.parent == out and made.parent.name.startswith(own_prefix(".kesu-stage-")), made
