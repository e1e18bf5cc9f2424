"""Round 30's final read mended (debts31): what was written twice made one (the ``/=`` mark,
the Setswana months, the write-then-rename), what sat at the wrong depth moved (a whole price
into the line's check, the store's linked rows onto the one query runner), and the command's
exits typed as exits."""

from __future__ import annotations

from typing import NoReturn, get_type_hints

import pytest


# ------------------------------------------------------------------ 6. an exit never returns
def test_the_commands_failures_are_typed_as_never_returning():
    """``fail`` / ``fail_writing`` were annotated ``-> Exit``: a caller had to ``raise`` after
    them for its type checker (report_cmds did), as if they could return."""
    from kesu_docs.cli import common

    assert get_type_hints(common.fail)["return"] is NoReturn
    assert get_type_hints(common.fail_writing)["return"] is NoReturn


# ------------------------------------------------------------------ 1. one "no cents" mark
def test_the_no_cents_mark_is_one_for_the_amount_and_the_lines_figures():
    """``guards._NO_CENTS`` wrote ``/=|/-`` again beside ``typed._AFTER``, and the two differed:
    the line's figures took ``28/ =`` (a space inside the mark), the amount's reading did not;
    and a home currency's sign before the figure took no mark after it (``Rs. 500/-``: no
    amount). Now one :data:`~kesu_docs.parse.typed.NO_CENTS_MARK`, read by both."""
    from kesu_docs.forms import get
    from kesu_docs.parse import guards
    from kesu_docs.parse.typed import NO_CENTS_MARK, foreign_amount

    meta = guards.meta_at(get("allowance"), "items[0].unit_price")
    for text, figure in (
        ("72,750/=", 72750),
        ("500/-", 500),
        ("28 /=", 28),
        ("28/ =", 28),
        ("1,980/ -", 1980),
    ):
        read = foreign_amount(meta, text)
        assert read is not None and read[0] == f"{figure}.00", text
        assert guards._figure(text, "money") == figure, text
    assert foreign_amount(meta, "Rs. 500/-") == ("500.00", "Rs.")
    assert foreign_amount(meta, "Rs. 1,500/=") == ("1500.00", "Rs.")
    assert NO_CENTS_MARK in guards._NO_CENTS.pattern


# ------------------------------------------------------------------ 2. the months the CLDR lacks
def _cldr_months(language: str) -> set[str]:
    """Every month name the CLDR gives ``language`` (wide and short, in a date and alone),
    folded; empty for a language it has no locale of."""
    from babel.core import UnknownLocaleError
    from babel.dates import get_month_names

    from kesu_docs.month_names import fold

    try:
        return {
            fold(name)
            for width in ("wide", "abbreviated")
            for context in ("format", "stand-alone")
            for name in get_month_names(width, context, language).values()
        }
    except UnknownLocaleError:
        return set()


def test_every_month_name_written_by_hand_is_one_the_cldr_lacks():
    """``OTHERS["tn_ZA"]`` hand-copied glibc's twelve Setswana months beside the CLDR's ``tn``
    (eleven the same, only ``Mopitlwe`` its own), and so did the Sesotho, Igbo, Oromo and
    Kurmanji lists in part. Now a hand table holds only what the CLDR does not give its
    language (the rest is the CLDR's), and each spelling is still read."""
    from kesu_docs.month_names import BESIDE_CLDR, EXTRA, MAORI, OTHERS, cued_month, fold, month_of

    hand = {language: [(m, name) for m, name in enumerate(names, 1)] for language, names in OTHERS.items()}
    for language, months in BESIDE_CLDR.items():
        hand.setdefault(language, []).extend((m, name) for m, names in months.items() for name in names)
    hand["mi"] = [(m, name) for m, names in enumerate(MAORI, 1) for name in names]
    hand["de"] = [(m, name) for name, m in EXTRA.items()]
    for language, names in hand.items():
        cldr = _cldr_months(language)
        assert not [name for _, name in names if fold(name) in cldr], language
    for language, months in BESIDE_CLDR.items():
        for month, names in months.items():
            for name in names:
                assert cued_month(name, frozenset({language})) == month, name
                assert month_of(name) in (month, None), name
    assert cued_month("Mopitlwe", frozenset({"tn"})) == month_of("Mopitlwe") == 3
    assert month_of("Mopitlo") == 3  # (the CLDR's)


# ------------------------------------------------------------------ 5. the linked rows: one runner
def test_a_cases_linked_documents_are_read_by_the_one_query_runner(tmp_path, monkeypatch):
    """``sheet_store._linked`` built a SQLAlchemy statement of the linked documents' query text
    (``conn.execute(typed(…))``: a statement keyed, cached and compiled each step) beside the
    one runner fixj30 made (``schema.rows_of``: on SQLite the text on the driver as it is).
    Now the build runs no text statement through SQLAlchemy, and each case's row still names
    its return note."""
    import contextlib
    import json
    import sqlite3

    import sqlalchemy as sa
    from helpers import ROOT, calls_of, complaint
    from sqlalchemy.engine import Connection

    from kesu_docs import forms
    from kesu_docs.register import Register

    values = json.loads((ROOT / "samples" / "return-valid.json").read_text(encoding="utf-8"))
    values.pop("kind")
    db = tmp_path / "k.db"
    with Register.open(db) as reg:
        cases = [
            reg.issue(complaint(customer=f"客户{n}"), source_hash=f"c{n}", source=f"{n}.xlsx")
            for n in range(3)
        ]
        note = forms.get("return").model.model_validate({**values, "complaint_number": cases[1].number})
        filed = reg.issue(note, source_hash="r1", source="r1.json")
        texts = calls_of(
            monkeypatch,
            Connection,
            "execute",
            keep=lambda _conn, statement, *args, **kwargs: isinstance(
                statement, (sa.TextClause, sa.sql.selectable.TextualSelect)
            ),
        )
        assert reg.build_sheet_rows() == 4
    assert texts == []
    with contextlib.closing(sqlite3.connect(db)) as conn:
        rows = dict(conn.execute("SELECT document_id, row FROM tracking_rows").fetchall())
    assert sorted(rows) == [case.id for case in cases]
    naming = [i for i, row in rows.items() if filed.number.encode() in row]
    assert naming == [cases[1].id]


# ------------------------------------------------------------------ 3. one write-then-rename
def _plant_a_link_when_the_zip_opens(monkeypatch, folder, elsewhere):
    """Another user of a shared output folder swapping kesu's temporary file for a link to
    ``elsewhere`` just as the workbook's zip is opened (``zipfile``'s, the library's)."""
    import zipfile

    real = zipfile.ZipFile.__init__

    def planting(self, file, *args, **kwargs):
        for temp in folder.glob(".kesu-stage-*/.*.part"):  # (in its private folder: register35)
            temp.unlink()
            temp.symlink_to(elsewhere)
        real(self, file, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "__init__", planting)


@pytest.mark.parametrize("what", ["blank", "report", "copy"])
def test_a_writer_is_handed_the_open_file_never_its_name(tmp_path, monkeypatch, what):
    """``written_whole`` created its temporary file, closed it and gave the writer its name
    (``book.save(temp)``), and the numbered copy did the same by hand: a link put under that
    name in between had the workbook written into the file it leads to, outside the folder,
    and the link renamed to the output. Now the writer writes into the file kesu made (one
    helper, ``leftovers._staged``), and a name that no longer leads to it is refused."""
    from helpers import ROOT

    from kesu_docs import forms, read
    from kesu_docs.blank.excel import write_blank
    from kesu_docs.parse.excel_copy import write_numbered_copy
    from kesu_docs.reports.check_report import write_report

    out = tmp_path / "out"
    out.mkdir()
    elsewhere = tmp_path / "elsewhere.xlsx"
    elsewhere.write_bytes(b"keep me")
    results = read([ROOT / "samples" / "complaint-valid.xlsx"]) if what == "report" else []
    _plant_a_link_when_the_zip_opens(monkeypatch, out, elsewhere)
    target = out / f"{what}.xlsx"
    with pytest.raises(FileExistsError):
        if what == "blank":
            write_blank(forms.get("complaint"), target)
        elif what == "report":
            write_report(results, target)
        else:
            write_numbered_copy(ROOT / "samples" / "complaint-valid.xlsx", target, {"Sheet1!B2": "202609001"})
    assert elsewhere.read_bytes() == b"keep me"
    assert not target.exists() and not target.is_symlink()
    assert list(out.iterdir()) == []


def test_every_file_is_flushed_to_the_disk_and_left_whole_or_not_at_all(tmp_path, monkeypatch):
    """No write-then-rename flushed its file (a power cut after the rename could leave an empty
    document under its name); each single file is flushed once now, bytes or a writer's — a
    batch's documents are not, one by one (3–9 ms a file against a render's ~2 ms a document:
    the lead's merge); Ctrl-C in a writer leaves the old file and no temporary one."""
    import os

    from helpers import calls_of

    from kesu_docs.leftovers import stage_file, write_dated, write_file, written_whole

    synced = calls_of(monkeypatch, os, "fsync")
    write_file(tmp_path / "a.docx", b"a")
    written_whole(tmp_path / "c.xlsx", lambda out: out.write(b"c"))
    assert len(synced) == 4  # each its file, then its folder after the rename (debts32)
    assert write_dated(tmp_path / "b.pdf", b"b", 1_700_000_000)  # a batch's documents
    write_file(tmp_path / "d.docx", b"d", synced=False)
    stage_file(tmp_path / "e.docx", b"e").unlink()
    assert len(synced) == 4
    (tmp_path / "d.docx").unlink()
    assert (tmp_path / "b.pdf").stat().st_mtime == 1_700_000_000

    def interrupted(out):
        out.write(b"half")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        written_whole(tmp_path / "c.xlsx", interrupted)
    assert (tmp_path / "c.xlsx").read_bytes() == b"c"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.docx", "b.pdf", "c.xlsx"]


_STOPPED_BLANK = """
import os, signal, sys, zipfile
write = zipfile.ZipFile.writestr
def stopping(self, *args, **kwargs):  # the blank's first part: stopped there, mid-write
    if not getattr(stopping, "done", False):
        stopping.done = True
        print("stopped", flush=True)
        os.kill(os.getpid(), signal.SIGSTOP)
    return write(self, *args, **kwargs)
zipfile.ZipFile.writestr = stopping
sys.argv = ["kesu", "blank", "complaint", "-o", "blank.xlsx"]
from kesu_docs.entry import main
main()
"""


def _stopped_blank(folder):
    import subprocess
    import sys

    from helpers import clean_environment

    blank = subprocess.Popen(
        [sys.executable, "-c", _STOPPED_BLANK],
        cwd=folder,
        env=clean_environment(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert blank.stdout is not None and blank.stdout.readline() == "stopped\n"
    return blank


def test_a_blank_killed_while_written_leaves_no_part_file_after_sigterm_nor_after_the_next_run(tmp_path):
    """``kesu blank -o``: SIGTERM in the middle of the write (a service's stop, ``timeout``)
    removes the temporary file (exit 143); a kill -9 cannot, and left it for good — no blank
    cleaned its folder. The next blank removes it (its name carries the dead process's id)."""
    import signal

    from helpers import python_process

    blank = _stopped_blank(tmp_path)
    assert [p.name for p in tmp_path.glob(".kesu-stage-*/.blank.xlsx.*.part")]
    blank.send_signal(signal.SIGTERM)
    blank.send_signal(signal.SIGCONT)
    _, err = blank.communicate(timeout=120)
    assert blank.returncode == 143 and "Traceback" not in err, err
    assert list(tmp_path.iterdir()) == []

    blank = _stopped_blank(tmp_path)
    blank.send_signal(signal.SIGKILL)
    blank.communicate(timeout=120)
    assert [p.name for p in tmp_path.glob(".kesu-stage-*/.blank.xlsx.*.part")]  # (kill -9: nothing runs)
    done = python_process("-m", "kesu_docs", "blank", "complaint", "-o", "other.xlsx", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["other.xlsx"]
