"""Hostile and careless input, the thirty-second round (issue 10, bad input): what attack31 left —
a value starting like a formula after blanks, a whole-grid range kept as typed, a workbook's data
connections, a language said again by each worker, names equal but for their case — and the
round's own attacks. Real files and the real command; each test fails without its mend."""

from __future__ import annotations

import csv
import io

import pytest
from helpers import kesu, python_process
from hostile import complaint, write_json


# ------------------------------------------------------------ a value starting like a formula
@pytest.mark.parametrize(
    ("value", "line"),
    [
        ("=SUM(A1:A9)", "'=SUM(A1:A9)"),
        ("= 5 pcs", "'= 5 pcs"),
        ("@home", "'@home"),
        ("+86 138 0013 8000", "'+86 138 0013 8000"),  # Excel: + and spaces, a formula (#NULL!)
        ("-5 pcs", "'-5 pcs"),
        (" =1+1", "' =1+1"),  # a reader trimming blanks (TSV's folding, LibreOffice) sees =1+1
        ("\u3000＝1+1", "'\u3000＝1+1"),
        ("\t@SUM(1)", "'\t@SUM(1)"),
        ("-5", "-5"),
        ("+3", "+3"),
        (" -12.50", " -12.50"),
        ("5 pcs", "5 pcs"),
        ("A=B", "A=B"),
        ("华东 +1", "华东 +1"),
    ],
)
def test_a_plain_line_quotes_what_a_spreadsheet_runs_and_nothing_else(value, line):
    """OWASP's CSV injection rule, both ways: the first character that is no blank decides."""
    from kesu_docs.xlsxtext import plain_text

    assert plain_text(value) == line


def test_a_source_named_with_a_blank_before_its_formula_is_no_formula_in_tsv(tmp_path):
    """A form filed as `` =1+1.json``: ``register list --format tsv`` folded its blanks after
    the formula check and wrote ``=1+1.json`` — a formula in the spreadsheet opening it."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    write_json(inbox / " =1+1.json", complaint())
    db = tmp_path / "k.db"
    assert kesu("render", inbox, "-o", tmp_path / "out", "--db", db).exit_code == 0
    for form, separator in (("tsv", "\t"), ("csv", ",")):
        listed = kesu("register", "list", "--all", "--format", form, "--db", db, "--lang", "en")
        rows = list(csv.reader(io.StringIO(listed.output), delimiter=separator))
        source = rows[1][rows[0].index("Source")]
        assert source.startswith("'") and source.lstrip("' ") == "=1+1.json", source


# ------------------------------------------------------- a language kesu does not know, once a command
def test_a_language_kesu_does_not_know_is_said_once_by_a_command_whose_workers_are_spawned(tmp_path):
    """``KESU_LANG=fr kesu render inbox --jobs 2`` with spawned workers (as on Windows): each
    worker that met a message said the unknown language again (twice or more on stderr)."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for i in range(6):  # forms whose messages the workers word (a broken one, a good one)
        write_json(inbox / f"c{i}.json", complaint(order_no=f"SO-{i}"))
        (inbox / f"broken{i}.xlsx").write_bytes(b"not a workbook")
    done = python_process(
        "-m", "kesu_docs", "render", "inbox", "-o", "out", "--db", "k.db", "--jobs", "2",
        cwd=tmp_path, KESU_LANG="fr", KESU_START_METHOD="spawn",
    )  # fmt: skip
    assert done.returncode in (1, 2) and "Traceback" not in done.stderr, done.stderr[-2000:]
    assert done.stderr.count("is no language kesu knows") == 1, done.stderr[-2000:]
    assert len(list((tmp_path / "out").glob("*.docx"))) == 6
