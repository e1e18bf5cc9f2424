"""Hostile and careless input, the thirty-third round (issue 10, bad input): what attack32 left —
a register in memory by a spelling the address check did not know, a document rendered through
the API onto a folder, ``KESU_SOFFICE`` said without its value, calamine's words, a name inside a
formula's text, names folded ASCII-only — and the round's own attacks. Real files, a real SQLite
register and the real command; each test of a mend fails without it (the guards say so)."""

from __future__ import annotations

import json
import os
import re
import unicodedata
import zipfile
from pathlib import Path

import pytest
from helpers import kesu, python_process
from hostile import complaint, write_json

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "complaint-valid.xlsx"


def _flat(done) -> str:
    return " ".join((done.stdout + done.stderr).split())


def _sample_with_cell(path: Path, cell: bytes, replace: bytes | None = None) -> Path:
    """The sample form with ``cell`` put in: added in a row 70 of its own, or in place of the
    cell XML ``replace``."""
    with zipfile.ZipFile(SAMPLE) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"]
    if replace is None:
        sheet = sheet.replace(b"</sheetData>", b'<row r="70">' + cell + b"</row></sheetData>")
    else:
        assert replace in sheet
        sheet = sheet.replace(replace, cell)
    parts["xl/worksheets/sheet1.xml"] = sheet
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in parts.items():
            out.writestr(name, data)
    return path


# ------------------------------------------------------------ A1: a register in memory, any spelling
@pytest.mark.parametrize(
    "address",
    [
        "sqlite:///file:x?vfs=mem%2564b&uri=true",  # SQLite decodes it again: the memdb VFS
        "sqlite:///file:x?vfs=memdb&cache=shared&uri=true",
        "sqlite:///file:x%3Fvfs%3Dmemdb?uri=true",  # (the address's ? encoded: guard)
        "sqlite:///file:%3Amemory%3A?uri=true",  # (guard: no file, the connection's check)
    ],
)
def test_a_register_in_memory_is_refused_by_what_sqlite_opened_whatever_its_spelling(tmp_path, address):
    """``--db 'sqlite:///file:x?vfs=mem%2564b&uri=true'``: SQLAlchemy decodes ``%25`` and SQLite
    ``%64`` — the memdb VFS, which names a file (``x``) it never writes: ``PRAGMA database_list``
    gives that name, the address check knew only ``vfs=memdb``. 202609001 was issued and lost
    as the command ended. Now what SQLite is given is read as SQLite reads it, and a database
    whose file is nowhere on the disk is refused once opened."""
    from kesu_docs.register import Register, RegisterError

    write_json(tmp_path / "c.json", complaint())
    for lang, said in (("zh", "只在内存中"), ("en", "would be in memory only")):
        done = kesu("--lang", lang, "render", "c.json", "-o", f"out-{lang}", "--db", address, cwd=tmp_path)
        assert done.exit_code == 2 and said in " ".join(done.output.split()), done.output
        assert not list(tmp_path.glob(f"out-{lang}/*.docx"))
    with pytest.raises(RegisterError) as refused:
        Register.open(address, create=True)
    assert refused.value.code == "register_in_memory"
    assert not (tmp_path / "x").exists()


# ------------------------------------------------ B1: a register whose file locks are taken away
@pytest.mark.parametrize("parameters", ["nolock=1", "immutable=yes", "vfs=unix-none", "nolock=%31"])
def test_a_register_address_taking_sqlites_locks_away_is_refused(tmp_path, parameters):
    """``--db 'sqlite:///file:k.db?nolock=1&uri=true'`` (or ``immutable=1``, the ``unix-none``
    VFS): SQLite takes no lock — two clerks' commands read the same last number and issue it
    twice; ``immutable`` reads a file others write as if nobody did. Accepted before; now
    ``register_unlocked``, nothing numbered."""

    address = f"sqlite:///file:{tmp_path / 'k.db'}?{parameters}&uri=true"
    refused_unlocked(tmp_path, address)
    # (guard) a URI that keeps the locks is a register as any other
    kept = f"sqlite:///file:{tmp_path / 'kept.db'}?mode=rwc&uri=true"
    assert kesu("render", "c.json", "-o", "out", "--db", kept, cwd=tmp_path).exit_code == 0


# ------------------------------------------------ B2: SQLite parameters dropped without uri=true
def test_sqlite_parameters_that_would_be_dropped_are_refused_in_the_clerks_language(tmp_path):
    """``--db 'sqlite:///k.db?nolock=1'`` (no ``uri=true``): SQLAlchemy's English "SAWarning:
    Query string argument(s) 'nolock' are not accepted … being ignored" on stderr, and the
    register used without what the clerk asked. Now refused, said in zh or en; a driver's own
    option (``timeout``) still taken."""
    write_json(tmp_path / "c.json", complaint())
    for lang, said in (
        ("zh", "只有加上 uri=true 才会交给 SQLite"),
        ("en", "reach SQLite only with uri=true"),
    ):
        done = python_process(
            "-m", "kesu_docs", "--lang", lang, "render", "c.json", "-o", "out", "--db", "sqlite:///k.db?mode=ro",
            cwd=tmp_path,
        )  # fmt: skip
        assert done.returncode == 2 and said in _flat(done) and "SAWarning" not in done.stderr, _flat(done)
    assert not (tmp_path / "k.db").exists()
    done = python_process(
        "-m", "kesu_docs", "render", "c.json", "-o", "out", "--db", "sqlite:///k.db?timeout=3", cwd=tmp_path
    )
    assert done.returncode == 0 and "SAWarning" not in done.stderr, _flat(done)


# ------------------------------------------------------------------ A2: the API's render onto a folder
def test_a_document_rendered_through_the_api_onto_a_folder_is_refused_before_anything_is_written(tmp_path):
    """``render_document(record, "/tmp")`` staged its temporary file beside the folder (in ``/``)
    and failed with a bare ``IsADirectoryError``; ``"out/"`` (a folder not made yet) wrote a
    FILE named ``out``. Now ``output_unusable`` ("it is a folder"), nothing written anywhere."""
    from helpers import complaint as checked

    import kesu_docs
    from kesu_docs.leftovers import write_file
    from kesu_docs.problems import KesuError

    record = checked()
    folder = tmp_path / "docs"
    folder.mkdir()
    for target in (folder, f"{tmp_path / 'new'}/"):
        before = sorted(p.name for p in tmp_path.rglob("*"))
        with pytest.raises(KesuError) as refused:
            kesu_docs.render_document(record, target)
        assert refused.value.code == "output_unusable" and "it is a folder" in refused.value.message("en")
        assert "文件夹" in refused.value.message("zh")
        assert sorted(p.name for p in tmp_path.rglob("*")) == before
    # the one writer refuses a folder too, before its temporary file is made beside it
    with pytest.raises(IsADirectoryError):
        write_file(folder, b"x")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docs"]
    (tmp_path / "link").symlink_to(folder)  # (guard: a link standing there is replaced, as ever)
    write_file(tmp_path / "link", b"x")
    assert (tmp_path / "link").read_bytes() == b"x" and not (tmp_path / "link").is_symlink()
    assert Path(kesu_docs.render_document(record, folder / "c.docx")).is_file()  # (guard)


# --------------------------------------------------------------------- A3: KESU_SOFFICE named
def test_kesu_soffice_naming_no_program_is_said_with_its_value_escaped(tmp_path):
    """``KESU_SOFFICE`` pasted with a line break and a terminal escape (``/opt/lo\\n/soffice\\x1b[31m``):
    "LibreOffice is not installed", the value the clerk set never named. Now named, quoted, its
    control characters written escaped — the message stays one line."""
    write_json(tmp_path / "c.json", complaint())
    value = "/opt/libre office\n/soffice\x1b[31m"
    for lang, said in (("zh", "KESU_SOFFICE 指定的"), ("en", "KESU_SOFFICE names")):
        done = python_process(
            "-m", "kesu_docs", "--lang", lang, "render", "c.json", "-o", "out", "--db", "k.db", "--pdf",
            cwd=tmp_path, KESU_SOFFICE=value,
        )  # fmt: skip
        text = done.stdout + done.stderr
        assert done.returncode != 0 and "Traceback" not in text, text[-1500:]
        assert said in _flat(done) and '"/opt/libre office\\n/soffice\\u001b[31m"' in text, text[-1500:]
        assert "\x1b" not in text
    assert not list(tmp_path.glob("out/*.docx"))


# ------------------------------------------------------------------- A4: calamine's reason in zh
@pytest.mark.parametrize(
    ("cell", "zh", "en"),
    [
        (b'<c r="A70" t="b"><v>7</v></c>', "逻辑值", "logical value (TRUE/FALSE) is neither 0 nor 1"),
        (
            b'<c r="A70" t="zz"><v>1</v></c>',
            "类型（t 属性）",
            "a cell's type (its t attribute) is none of Excel's",
        ),
    ],
)
def test_calamines_reason_for_a_crafted_cell_is_said_in_the_clerks_words(tmp_path, cell, zh, en):
    """A cell ``t="b"`` holding 7, or of a type no Excel writes: the Chinese line said only
    "读取程序无法解析文件的内容" and the English one was calamine's own words. Now both say what
    happened; calamine's text is the English line's detail only."""
    _sample_with_cell(tmp_path / "f.xlsx", cell)
    said = {}
    for lang in ("zh", "en"):
        [doc] = [
            json.loads(line)
            for line in kesu("--lang", lang, "parse", tmp_path / "f.xlsx").output.splitlines()
        ]
        [problem] = doc["errors"]
        assert problem["code"] == "corrupt_file"
        said[lang] = problem["message"]
    assert zh in said["zh"] and not re.search(r"Calamine|Unrecognized|Unknown|attribute", said["zh"])
    assert en in said["en"] and "(CalamineError: " in said["en"]


# ------------------------------------------------ A5: a linked name inside a formula's text
def test_a_linked_name_inside_a_formulas_text_keeps_the_formula_in_the_working_copy(tmp_path):
    """The working copy replaces a formula reading a linked workbook by its kept value; a word
    inside the formula's quoted text (``=LEN("Price [1]")``, ``Price`` a linked name) was
    taken for the name and the formula lost. Texts between quotation marks are skipped now;
    ``=Price*2`` still gets its value (guard)."""
    from openpyxl import load_workbook
    from test_fixa31 import _linked_through_a_name

    from kesu_docs.parse.excel_copy import write_numbered_copy

    source = _linked_through_a_name(tmp_path / "form.xlsx")
    with zipfile.ZipFile(source) as book:
        parts = {name: book.read(name) for name in book.namelist()}
    parts["xl/worksheets/sheet1.xml"] = parts["xl/worksheets/sheet1.xml"].replace(
        b"</sheetData>", b'<row r="63"><c r="H63"><f>LEN("Price ""[1]""")</f><v>11</v></c></row></sheetData>'
    )
    with zipfile.ZipFile(source, "w", zipfile.ZIP_DEFLATED) as book:
        for name, data in parts.items():
            book.writestr(name, data)
    copy = tmp_path / "copy.xlsx"
    assert write_numbered_copy(source, copy, {"客户抱怨处理单!B5": "202609001"})
    sheet = load_workbook(copy).active
    assert sheet["H63"].value == '=LEN("Price ""[1]""")'
    assert sheet["H61"].value == 84  # (guard: the name read outside a text)


# ------------------------------------------------------ A6: names folded as NTFS and APFS fold them
def test_names_are_folded_as_ntfs_and_apfs_fold_them_letters_beyond_ascii_too(tmp_path):
    """``ÄPFEL.docx`` and ``äpfel.docx`` are one file on Windows and macOS; a name macOS hands over
    decomposed (``A`` + U+0308) is the composed one. attack32 folded ASCII letters alone: two
    working copies ``Äpfel.xlsx`` and ``äpfel.xlsx`` of one batch were planned under two names,
    one written over the other. ``ß`` and ``ss``, the Kelvin sign and ``k`` stay apart (guards,
    as every disk keeps them)."""
    from kesu_docs.filenames import folded
    from kesu_docs.filing import _unplanned
    from kesu_docs.register.folder_ahead import listing

    decomposed = unicodedata.normalize("NFD", "Äpfel.docx")
    assert folded("ÄPFEL.DOCX") == folded("äpfel.docx") == folded(decomposed) == "äpfel.docx"
    assert folded("ΣΟΦΊΑ.docx") == folded("σοφία.docx") and folded("ЖУК.DOCX") == "жук.docx"
    for apart in (("straße", "strasse"), ("\u212a", "k"), ("ﬁle", "file"), ("ẞ", "ß")):
        assert folded(apart[0]) != folded(apart[1]), apart
    planned: set[str] = set()
    assert _unplanned("Äpfel.xlsx", planned) == "Äpfel.xlsx"
    assert _unplanned("äpfel.xlsx", planned) == "äpfel (2).xlsx"
    assert _unplanned(unicodedata.normalize("NFD", "ÄPFEL.xlsx"), planned).endswith(" (3).xlsx")
    (tmp_path / "ÄRGER-1.DOCX").write_bytes(b"x")
    assert "ärger-1.docx" in listing(tmp_path).names


# ------------------------------------------------------------- B3: a link leading back to itself
def test_a_link_in_the_folder_leading_back_to_itself_is_said_as_such_and_the_others_filed(tmp_path):
    """``loop.json → loop.json`` in the inbox: "File not found: inbox/loop.json" — a file the
    clerk sees listed. Now said as a link that leads back to itself; the good form is filed."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    write_json(inbox / "good.json", complaint())
    (inbox / "loop.json").symlink_to("loop.json")
    (inbox / "a.json").symlink_to("b.json")
    (inbox / "b.json").symlink_to("a.json")
    for lang, said in (("zh", "绕回自身的链接"), ("en", "a link that leads back to itself")):
        result = kesu("--lang", lang, "validate", inbox, "--report", tmp_path / f"r-{lang}.json")
        report = json.loads((tmp_path / f"r-{lang}.json").read_text(encoding="utf-8"))
        errors = {Path(d["source"]).name: d["errors"] for d in report["documents"]}
        assert errors["good.json"] == [], result.output
        for name in ("loop.json", "a.json", "b.json"):
            assert [e["code"] for e in errors[name]] == ["unreadable_file"], errors[name]
            assert said in errors[name][0]["message"]
    done = kesu("render", inbox, "-o", tmp_path / "out", "--db", tmp_path / "k.db")
    assert done.exit_code == 2
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["complaint-202609001.docx"]


# ---------------------------------------------------------------- B4: Excel's day 60, 1900-02-29
def test_a_date_cell_of_excels_day_60_is_no_date_not_the_day_before(tmp_path):
    """A date cell holding 60 shows ``1900-02-29`` in Excel (Lotus's leap year, kept): calamine
    gives 1900-02-28, read silently as the received date (only a cross-check of the dates
    complained). Now "not a valid date: 1900-02-29"; day 59 is still 1900-02-28 (guard)."""
    shown = b'<c r="F5" s="9" t="n"><v>46273</v></c>'
    day60 = _sample_with_cell(tmp_path / "d60.xlsx", shown.replace(b"46273", b"60.25"), shown)
    day59 = _sample_with_cell(tmp_path / "d59.xlsx", shown.replace(b"46273", b"59"), shown)
    for lang, said in (("zh", "受理日期不是有效日期：1900-02-29"), ("en", "not a valid date: 1900-02-29")):
        [doc] = [json.loads(line) for line in kesu("--lang", lang, "parse", day60).output.splitlines()]
        assert any(said in e["message"] for e in doc["errors"]), doc["errors"]
        assert (doc["record"] or {}).get("received_date") is None
    [doc] = [json.loads(line) for line in kesu("parse", day59).output.splitlines()]
    assert doc["record"]["received_date"] == "1900-02-28"


# ----------------------------------------------------------- B5–B9: tried, handled (guards)
def test_json_records_built_to_mislead_are_each_refused_with_their_reason(tmp_path):
    """Tried, handled already (each said, the good form filed): a quantity of 5,000 digits
    (Python's int limit of 4,300 digits), a key given twice (which one holds?), ``true`` for a
    quantity (read as 1 by a lax model)."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    write_json(inbox / "good.json", complaint())
    text = json.dumps(complaint(), ensure_ascii=False)
    (inbox / "digits.json").write_text(text.replace("{", '{"ship_qty": 1' + "0" * 5000 + ", ", 1))
    (inbox / "twice.json").write_text(text[:-1] + ', "customer": "另一家公司"}')
    write_json(inbox / "bool.json", complaint(ship_qty=True))
    done = kesu("--lang", "en", "validate", inbox, "--report", tmp_path / "r.json")
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    said = {Path(d["source"]).name: " ".join(e["message"] for e in d["errors"]) for d in report["documents"]}
    assert said["good.json"] == "", done.output
    assert "too many digits" in said["digits.json"]
    assert "'customer' twice" in said["twice.json"]
    assert "not a whole quantity: True" in said["bool.json"]


def test_file_names_with_a_line_break_or_a_bidi_override_stay_one_name_in_the_reports(tmp_path):
    """``a⏎b.xlsx`` and ``x\\u202eslx.json`` in a checked folder: the JSON report escapes the
    line break, the override is shown as U+FFFD in every report (handled); the xlsx and HTML
    reports showed the name on two lines (HTML: as ``a b.xlsx``) — now ``a\\nb.xlsx``, one line."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a\nb.xlsx").write_bytes(SAMPLE.read_bytes())
    write_json(inbox / "x\u202eslx.json", complaint())
    kesu("--lang", "en", "validate", inbox, "--report", tmp_path / "r.json")
    raw = (tmp_path / "r.json").read_text(encoding="utf-8")
    assert "\u202e" not in raw and "a\\nb.xlsx" in raw
    sources = sorted(Path(d["source"]).name for d in json.loads(raw)["documents"])
    assert sources == ["a\nb.xlsx", "x\ufffdslx.json"]
    kesu("--lang", "en", "validate", inbox, "--report", tmp_path / "r.html")
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "\u202e" not in page and "a\\nb.xlsx" in page and "a\nb.xlsx" not in page
    # mended: the xlsx report kept the line break inside its cell (the name on two lines there)
    from openpyxl import load_workbook

    kesu("--lang", "en", "validate", inbox, "--report", tmp_path / "r.xlsx")
    sheet = load_workbook(tmp_path / "r.xlsx").active
    names = {str(row[0]) for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert any(n.endswith("a\\nb.xlsx") for n in names) and not any("\n" in n for n in names), names


def test_a_formula_or_a_word_field_given_as_a_value_is_text_in_the_document_and_the_export(tmp_path):
    """Tried, handled: ``=HYPERLINK("http://evil…")`` for the customer and ``{ INCLUDETEXT
    "file:///etc/passwd" }`` in the description: the DOCX holds them as text (no field code),
    the register's export as a text cell with Excel's quote prefix."""
    from openpyxl import load_workbook

    customer = '=HYPERLINK("http://evil.example/x","点此")'
    write_json(
        tmp_path / "c.json", complaint(customer=customer, description='{ INCLUDETEXT "file:///etc/passwd" }')
    )
    assert kesu("render", "c.json", "-o", "out", "--db", "k.db", cwd=tmp_path).exit_code == 0
    [docx] = (tmp_path / "out").glob("*.docx")
    document = zipfile.ZipFile(docx).read("word/document.xml").decode()
    assert "instrText" not in document and "fldSimple" not in document and "INCLUDETEXT" in document
    assert kesu("register", "export", "--db", "k.db", "-o", "e.xlsx", cwd=tmp_path).exit_code == 0
    cells = [c for row in load_workbook(tmp_path / "e.xlsx").active.iter_rows() for c in row]
    [cell] = [c for c in cells if c.value == customer]
    assert cell.data_type == "s" and cell.quotePrefix


def test_a_settings_file_nested_ten_thousand_deep_is_refused_with_its_reason(tmp_path):
    """Tried, handled: ``kesu.toml`` with ``x = [[[[…]]]]`` 5,000 deep (a recursion in the TOML
    reader): "nested too deep", no traceback."""
    (tmp_path / "kesu.toml").write_text("x = " + "[" * 5000 + "]" * 5000 + "\n")
    (tmp_path / "c.xlsx").write_bytes(SAMPLE.read_bytes())
    done = python_process("-m", "kesu_docs", "--lang", "en", "validate", "c.xlsx", cwd=tmp_path)
    assert done.returncode == 2 and "nested too deep" in _flat(done) and "Traceback" not in done.stderr


def test_a_symlink_standing_where_the_export_goes_is_replaced_never_written_through(tmp_path):
    """Tried, handled: ``register export -o e.xlsx`` where ``e.xlsx`` is a link to a file
    elsewhere (another's folder): the link is replaced by the export, the file it led to kept.
    A link to a file that is no export is refused, link and file kept (attack41: an export is
    written over only where an export stands)."""
    write_json(tmp_path / "c.json", complaint())
    assert kesu("render", "c.json", "-o", "out", "--db", "k.db", cwd=tmp_path).exit_code == 0
    elsewhere = tmp_path / "elsewhere.xlsx"
    elsewhere.write_bytes(b"someone else's")
    (tmp_path / "e.xlsx").symlink_to(elsewhere)
    assert kesu("register", "export", "--db", "k.db", "-o", "e.xlsx", cwd=tmp_path).exit_code == 2
    assert (tmp_path / "e.xlsx").is_symlink() and elsewhere.read_bytes() == b"someone else's"
    assert (
        kesu("register", "export", "--db", "k.db", "-o", "elsewhere.xlsx", "--force", cwd=tmp_path).exit_code
        == 0
    )
    kept = elsewhere.read_bytes()  # someone else's export now
    assert kesu("register", "export", "--db", "k.db", "-o", "e.xlsx", cwd=tmp_path).exit_code == 0
    assert not (tmp_path / "e.xlsx").is_symlink() and elsewhere.read_bytes() == kept
    assert os.path.getsize(tmp_path / "e.xlsx") > 1000


def refused_unlocked(tmp_path, address):
    """A render into ``address`` refused as ``register_unlocked`` in zh and en, nothing numbered,
    and the register refused so when opened through the API (also test_fixa33)."""
    from kesu_docs.register import Register, RegisterError

    write_json(tmp_path / "c.json", complaint())
    for lang, said in (("zh", "关闭了 SQLite 的文件锁"), ("en", "turns SQLite's file locks off")):
        done = kesu("--lang", lang, "render", "c.json", "-o", "out", "--db", address, cwd=tmp_path)
        assert done.exit_code == 2 and said in " ".join(done.output.split()), done.output
    assert not list(tmp_path.glob("out/*.docx"))
    with pytest.raises(RegisterError) as refused:
        Register.open(address, create=True)
    assert refused.value.code == "register_unlocked"
