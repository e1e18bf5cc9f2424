"""The review of attack32 mended (issue 10, DESIGN's bad-input rules): a range the clerk drew
over a form's boxes kept whole, a register in memory by any SQLite URI, an unknown language said
by no worker and not at all under ``--lang``, a kind that is no text, OWASP's TAB and CR, the
working copy's outside links from the reader's one rule, names folded as file systems fold them,
one rule for a month. Real files and the real command; each test fails without its mend."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from helpers import kesu, python_process
from hostile import complaint, write_json

ROOT = Path(__file__).resolve().parents[1]
CUSTOMER = ROOT / "samples" / "complaint-customer-layout.xlsx"


# ------------------------------------------------------------ a range over a form's digit boxes
def _digit_boxes(path: Path, digits: str) -> Path:
    """The customer's layout with its order number typed one digit a box from B4 rightwards."""
    import openpyxl

    book = openpyxl.load_workbook(CUSTOMER)
    sheet = book.active
    for merged in [r for r in sheet.merged_cells.ranges if r.min_row <= 4 <= r.max_row]:
        sheet.unmerge_cells(str(merged))
    for ref in ("B4", "D4", "E4"):
        sheet[ref] = None
    for i, digit in enumerate(digits):
        sheet.cell(4, 2 + i, digit)
    book.save(path)
    return path


def test_a_range_over_boxes_the_sample_fills_in_part_is_learned_whole(tmp_path):
    """``learn --set order_no=B4:J4`` on a sample whose six boxes are filled (the sheet's last
    column G): stored ``B4:G4``, and a later copy ``123456789`` read ``123456`` — valid, no
    warning. Only a range reaching the grid's edge or over 10,000 cells is cut."""
    import tomllib

    _digit_boxes(tmp_path / "a.xlsx", "450012")
    _digit_boxes(tmp_path / "b.xlsx", "123456789")
    done = kesu(
        "--lang", "en", "learn", "a.xlsx", "--kind", "complaint", "--set", "order_no=B4:J4", cwd=tmp_path
    )
    assert done.exit_code == 0 and "runs past" not in " ".join(done.output.split()), done.output
    fields = tomllib.loads((tmp_path / "profiles" / "a.toml").read_text("utf-8"))["fields"]
    assert fields["order_no"]["cell"] == "B4:J4"
    read = kesu("parse", "b.xlsx", cwd=tmp_path)
    assert '"order_no": "123456789"' in read.output, read.output[:2000]


@pytest.mark.parametrize(
    ("typed", "kept"), [("B4:J20000", "B4:F17"), ("B12:B1048576", "B12:B17"), ("B12:XFD12", "B12:F12")]
)
def test_a_range_past_the_grid_or_ten_thousand_cells_is_cut_to_the_sheets_extent(tmp_path, typed, kept):
    import tomllib

    (tmp_path / "cl.xlsx").write_bytes(CUSTOMER.read_bytes())
    done = kesu(
        "--lang",
        "en",
        "learn",
        "cl.xlsx",
        "--kind",
        "complaint",
        "--set",
        f"description={typed}",
        cwd=tmp_path,
    )
    assert done.exit_code == 0, done.output
    fields = tomllib.loads((tmp_path / "profiles" / "cl.toml").read_text("utf-8"))["fields"]
    assert fields["description"]["cell"] == kept


# -------------------------------------------------------------- a register in memory, by any URI
@pytest.mark.parametrize(
    "address",
    ["sqlite:///file::memory:?uri=true", "sqlite:///file:?uri=true", "sqlite:///file:x?vfs=memdb&uri=true"],
)
def test_a_register_with_no_file_is_refused_whatever_its_address(tmp_path, address):
    """Three SQLite URIs the address's check did not know: two renders each issued 202609001.
    Now refused once connected (``PRAGMA database_list``: no file for ``main``), both languages."""
    write_json(tmp_path / "c.json", complaint())
    for lang, said in (("zh", "只在内存中"), ("en", "would be in memory only")):
        done = kesu("--lang", lang, "render", "c.json", "-o", f"out-{lang}", "--db", address, cwd=tmp_path)
        assert done.exit_code == 2 and said in " ".join(done.output.split()), done.output
        assert not any((tmp_path / f"out-{lang}").glob("*.docx"))
    from kesu_docs.register import Register, RegisterError

    with pytest.raises(RegisterError):
        Register.open(address, create=True)


# ------------------------------------------------------------------------ an unknown $KESU_LANG
def test_an_unknown_language_is_not_said_when_lang_chose_one_nor_by_any_worker(tmp_path):
    """``KESU_LANG=fr kesu --lang en render … --jobs 2`` (spawned workers): each worker said
    "messages are in Chinese" — while they were English. ``--lang`` chose: nothing to say."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for i in range(4):
        write_json(inbox / f"c{i}.json", complaint(order_no=f"SO-{i}"))
        (inbox / f"broken{i}.xlsx").write_bytes(b"not a workbook")
    done = python_process(
        "-m", "kesu_docs", "--lang", "en", "render", "inbox", "-o", "out", "--db", "k.db", "--jobs", "2",
        cwd=tmp_path, KESU_LANG="fr", KESU_START_METHOD="spawn",
    )  # fmt: skip
    assert done.returncode in (1, 2) and "Traceback" not in done.stderr, done.stderr[-2000:]
    assert "no language kesu knows" not in done.stderr and "KESU_LANG" not in done.stderr, done.stderr[-2000:]
    assert "4 rendered, 4 not" in done.stdout, done.stdout[-2000:]  # (the broken ones' messages worded)


def test_an_unknown_language_leaves_nothing_in_the_environment_of_a_program(monkeypatch, capsys):
    """``KESU_LANG_SAID`` was left in ``os.environ`` of any program calling kesu's Python API."""
    import os

    from kesu_docs import language

    monkeypatch.setenv("KESU_LANG", "tlh_API")
    assert language.from_env() == "zh"
    assert "KESU_LANG_SAID" not in os.environ
    assert capsys.readouterr().err.count("is no language kesu knows") == 1


# ----------------------------------------------------------------------- a kind that is no text
@pytest.mark.parametrize("kind", [["complaint"], {}, None, 7])
def test_a_kind_that_is_no_text_is_an_unknown_kind_naming_the_kinds(kind):
    """``form(["complaint"])``, ``validate({"kind": {}})``: ``TypeError: unhashable type``;
    ``str(UnknownKind(None))`` was ``None``. Now ``UnknownKind``, its message listing the kinds."""
    from kesu_docs import api
    from kesu_docs.forms import UnknownKind

    with pytest.raises(UnknownKind) as raised:
        api.form(kind)
    with pytest.raises(UnknownKind):
        api.validate({"kind": kind, "customer": "华东精密"})
    assert "complaint" in str(raised.value) and "8d" in str(raised.value)
    assert raised.value.message("zh").startswith("没有这种表单")
    assert raised.value.message("en").startswith("No such form kind: " + repr(kind)[:20])
    assert raised.value.args[0] == kind  # (what was asked for, as a KeyError carries it)


# ----------------------------------------------------------------------- OWASP's TAB and CR
@pytest.mark.parametrize("value", ["\tfoo", "\rfoo", "\t-5", "\r\n=1"])
def test_a_value_starting_with_a_tab_or_a_cr_is_quoted(value):
    from kesu_docs.xlsxtext import plain_text

    assert plain_text(value) == "'" + value


# ---------------------------------------------------- the working copy's outside links: one rule
def test_a_link_part_with_its_target_stripped_is_said_by_the_working_copy_as_by_the_reader(tmp_path):
    """An external link part whose target was stripped (no ``_rels``): the reader warned of a
    link outside the file (``xlsx_parts.outside_links``), the numbered copy's own look
    (``_linked_books``, another rule) found none and said nothing."""
    from holdout_kit import zip_bytes

    with zipfile.ZipFile(ROOT / "samples" / "complaint-valid.xlsx") as source:
        parts = {name: source.read(name) for name in source.namelist()}
    link = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><externalLink xmlns='
        b'"http://schemas.openxmlformats.org/spreadsheetml/2006/main"><externalBook/></externalLink>'
    )
    (tmp_path / "form.xlsx").write_bytes(zip_bytes(parts | {"xl/externalLinks/externalLink1.xml": link}))
    done = kesu("--lang", "en", "render", "form.xlsx", "-o", "out", "--db", "k.db", cwd=tmp_path)
    assert done.exit_code == 0, done.output
    assert "links to workbooks outside the file" in " ".join(done.output.split()), done.output


# ----------------------------------------------------------------- names folded as a disk folds them
def test_names_are_folded_as_a_file_system_ignoring_case_folds_them(tmp_path):
    """``casefold`` folds more than any file system: ``ß`` as ``ss``, ``ſ`` as ``s``, the Kelvin
    sign as ``k``, ``ﬁ`` as ``fi`` — two files on every disk taken for one. ASCII letters only."""
    from kesu_docs.filenames import folded
    from kesu_docs.register.folder_ahead import listing

    assert folded("COMPLAINT-202609001.DOCX") == "complaint-202609001.docx"
    for name in ("straße", "ſ", "\u212a", "ﬁle"):  # (ÄÖ is äö since attack33: NTFS and APFS fold it)
        assert folded(name) == name
    for name in ("ſ.docx", "s.docx", "\u212a.docx", "k.docx", "ﬁ.docx", "fi.docx", "S.DOCX"):
        try:
            (tmp_path / name).write_bytes(b"x")
        except FileExistsError:  # (a disk ignoring case: S.DOCX is s.docx)
            pass
    assert listing(tmp_path).names >= {"ſ.docx", "s.docx", "\u212a.docx", "k.docx", "ﬁ.docx", "fi.docx"}


# ------------------------------------------------------------------------------ one rule for a month
@pytest.mark.parametrize(
    ("asked", "month"), [("2026-9", "2026-09"), ("2026/09", "2026-09"), ("２０２６－１１", "2026-11")]
)
def test_a_month_is_one_rule_for_the_command_and_the_page(tmp_path, asked, month):
    """``report monthly 2026-9`` was refused ("use YYYY-MM") where the page took ``2026-9``;
    ``2026/09`` the reverse. One rule (``values.first_of_month``), both call it."""
    from kesu_docs.web.app import month_asked

    assert month_asked({"month": asked}) == month
    write_json(tmp_path / "c.json", complaint())
    assert kesu("render", "c.json", "-o", "out", "--db", "k.db", cwd=tmp_path).exit_code == 0
    done = kesu("--lang", "en", "report", "monthly", asked, "--db", "k.db", "-o", "r.xlsx", cwd=tmp_path)
    assert done.exit_code == 0 and (tmp_path / "r.xlsx").is_file(), done.output
