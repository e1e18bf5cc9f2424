"""What the review of attack31 found (issue 10, bad input, nothing lost): the working copy
changing what the clerk sees, a plain rerun of a check refused, an attachment icon dropped, a
template's two warnings said as one, a C locale warned, a profile's scale said as a wrong shape,
a planted unique index under kesu's own name. Real files and the real command; each test fails
without its mend."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest
from helpers import changed_template, python_process, sqlite_open
from test_attack31 import (
    _PICTURE_RELS,
    SAMPLE,
    _flat,
    _linked_to_another_book,
    _picture_object,
    _render,
    _with,
)

from kesu_docs.render.template import DocxTemplate, TemplateError
from kesu_docs.reports.check_report import is_check_report, write_report


# ------------------------------------------------------------------ the working copy keeps what the clerk saw
def _linked_through_a_name(path: Path) -> Path:
    """The sample form linked to another workbook (:func:`_linked_to_another_book`), with a
    defined name reading it (``Price = [1]S!$A$1``), a formula using the name in H61 (its kept
    value 84) and an array formula reading the link in H62 (its kept value 7)."""
    _linked_to_another_book(path, "file://evil.example/share/prices.xlsx")
    with zipfile.ZipFile(path) as book:
        parts = {name: book.read(name) for name in book.namelist()}
    parts["xl/workbook.xml"] = parts["xl/workbook.xml"].replace(
        b"<definedNames>", b'<definedNames><definedName name="Price">[1]S!$A$1</definedName>'
    )
    parts["xl/worksheets/sheet1.xml"] = parts["xl/worksheets/sheet1.xml"].replace(
        b"</sheetData>",
        b'<row r="61"><c r="H61"><f>price*2</f><v>84</v></c></row>'
        b'<row r="62"><c r="H62"><f t="array" ref="H62">[1]S!A1:A1*1</f><v>7</v></c></row></sheetData>',
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as book:
        for name, data in parts.items():
            book.writestr(name, data)
    return path


def test_the_working_copy_keeps_the_values_of_a_name_and_an_array_formula_reading_a_link(tmp_path):
    """attack31 left the links out of the working copy but kept ``Price = [1]S!$A$1`` (``=Price*2``
    stayed a formula: LibreOffice shows ``#NAME?``) and an array formula's ``[1]``: both now the
    value Excel last showed, the name gone."""
    from openpyxl import load_workbook

    from kesu_docs.parse.excel_copy import write_numbered_copy

    source = _linked_through_a_name(tmp_path / "form.xlsx")
    copy = tmp_path / "copy.xlsx"
    assert write_numbered_copy(source, copy, {"客户抱怨处理单!B5": "202609001"})
    with zipfile.ZipFile(copy) as archive:
        held = b"".join(archive.read(n) for n in archive.namelist() if n.endswith(".xml"))
    assert b"[1]" not in held and b'name="Price"' not in held
    sheet = load_workbook(copy).active
    assert (sheet["H60"].value, sheet["H61"].value, sheet["H62"].value) == (42, 84, 7)


# ------------------------------------------------------------------ a check run again over its folder
@pytest.mark.parametrize("suffix", ["xlsx", "json"])
def test_a_check_run_again_writes_over_its_own_report_in_the_folder_it_checks(tmp_path, suffix):
    """``kesu validate forms --report forms/report.xlsx`` exited 2 the second time: the first
    report, found in the folder, was "one of the files being checked". A report kesu wrote
    carries its mark and is written over; the clerk's form in the folder is still refused.
    A JSON report (a .json in a folder is read as a record) carries it too (the lead's final
    read: ``--report forms/report.json`` was refused the second time)."""
    forms = tmp_path / "forms"
    forms.mkdir()
    shutil.copy(SAMPLE, forms / "form.xlsx")
    for _ in range(2):
        done = python_process(
            "-m", "kesu_docs", "validate", "forms", "--report", f"forms/report.{suffix}", cwd=tmp_path
        )
        assert done.returncode != 2 and "is one of the files" not in _flat(done), _flat(done)
        assert is_check_report(forms / f"report.{suffix}")
    refused = python_process(
        "-m", "kesu_docs", "--lang", "en", "validate", "forms", "--report", "forms/form.xlsx", cwd=tmp_path
    )
    assert refused.returncode == 2 and "is one of the files being checked" in _flat(refused)
    assert not is_check_report(forms / "form.xlsx")


_NO_INODES = (
    "import os, sys; real = os.stat\n"
    "def stat(path, *a, **k):\n"
    "    s = real(path, *a, **k); return os.stat_result((s.st_mode, 0, *tuple(s)[2:]))\n"
    "os.stat = stat\n"
    "from kesu_docs.__main__ import main; sys.argv = ['kesu', *sys.argv[1:]]; main()"
)


def test_a_report_on_a_file_system_without_inode_numbers_is_compared_by_its_path(tmp_path):
    """On FAT or an SMB share ``st_ino`` is 0 for every file: any report already there was "one
    of the files being checked". Now compared by resolved path there."""
    folder = tmp_path / "clerk"
    folder.mkdir()
    shutil.copy(SAMPLE, folder / "form.xlsx")
    write_report([], folder / "checked.xlsx")  # last week's report (no other file is written over: attack41)
    args = ("--lang", "en", "validate", "form.xlsx", "--report")
    done = python_process("-c", _NO_INODES, *args, "checked.xlsx", cwd=folder)
    assert done.returncode == 0 and is_check_report(folder / "checked.xlsx"), _flat(done)
    refused = python_process("-c", _NO_INODES, *args, "./form.xlsx", cwd=folder)
    assert refused.returncode == 2 and "is one of the files being checked" in _flat(refused), _flat(refused)


# ------------------------------------------------------------------ an OLE object in a template
def test_an_object_shown_as_an_attachment_icon_is_still_refused(tmp_path):
    """attack31 dropped any object shown by a picture, keeping the picture: an embedded PDF or
    workbook shown as an icon (``DrawAspect="Icon"``) left an attachment icon standing for
    nothing on every copy. Refused, as before attack31; shown as its content, dropped."""
    for aspect, dropped in (("Icon", False), ("Content", True)):
        made = _picture_object("AcroExch.Document.DC")
        made["run"] = made["run"].replace('DrawAspect="Content"', f'DrawAspect="{aspect}"')
        path = changed_template(tmp_path / aspect, _with(made), made["parts"])
        if dropped:
            assert DocxTemplate(path).dropped.objects
        else:
            with pytest.raises(TemplateError, match="embeds objects"):
                DocxTemplate(path)


@pytest.mark.parametrize("written", ["root", "long"])
def test_an_object_named_from_the_packages_root_or_typed_in_a_long_element_is_dropped_whole(
    tmp_path, written
):
    """An object's relationship naming its part from the package's root
    (``/word/embeddings/oleObject1.bin``) refused the template; a content type written
    ``<Override …></Override>`` was kept, naming a part the copy no longer holds."""
    made = _picture_object("Word.Picture.8")
    if written == "root":
        made["rels"] = [
            _PICTURE_RELS[0].replace('Target="embeddings/', 'Target="/word/embeddings/'),
            _PICTURE_RELS[1],
        ]
    else:
        made["types"] = [made["types"][0].replace("/>", "></Override>"), made["types"][1]]
    path = changed_template(tmp_path, _with(made), made["parts"])
    template = DocxTemplate(path)
    assert template.dropped.objects == ["Word.Picture.8 (word/embeddings/oleObject1.bin)"]
    [types] = [m.content() for m in template.members if m.name == "[Content_Types].xml"]
    assert b"oleObject1.bin" not in types and b'PartName="/word/media/image9.png"' in types
    assert b'PartName="/word/document.xml"' in types


def test_a_template_with_an_attached_template_and_an_object_says_both(tmp_path):
    """A template holding both a local attached template and an object shown by its picture
    said only that the object was dropped: the clerk never learnt of the attached template."""
    from test_template_refusal27 import locally_attached

    attached = locally_attached(tmp_path / "a")
    made = _picture_object("Word.Picture.8")
    change = _with(made)
    templates = tmp_path / "templates"
    shutil.copytree(attached.parent, templates)
    path = templates / attached.name
    with zipfile.ZipFile(attached) as old, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as new:
        for name in old.namelist():
            new.writestr(name, change(name, old.read(name)))
        for name, data in made["parts"].items():
            new.writestr(name, data)
    folder = tmp_path / "clerk"
    folder.mkdir()
    shutil.copy(SAMPLE, folder / "form.xlsx")
    done = _render(folder, "en", KESU_TEMPLATES=str(templates))
    flat = _flat(done)
    assert done.returncode == 0 and "embeds objects (Word.Picture.8" in flat, flat
    assert "has a template on the local disk attached" in flat, flat


# ------------------------------------------------------------------ a locale naming no language
@pytest.mark.parametrize("value", ["C", "C.UTF-8", "POSIX", "C.utf8@euro", "POSIX.ISO-8859-1"])
def test_a_locale_naming_no_language_is_as_unset_and_not_warned(tmp_path, value):
    """``KESU_LANG=C.UTF-8`` (a container's, a cron job's locale copied over) was warned as a
    language kesu does not know on every command: it names none, so Chinese without a word."""
    done = python_process("-m", "kesu_docs", "validate", str(SAMPLE), cwd=tmp_path, KESU_LANG=value)
    assert done.returncode == 0 and "文件" in done.stdout, done.stdout + done.stderr
    assert "is no language kesu knows" not in done.stderr, done.stderr


# ------------------------------------------------------------------ a unique index under kesu's own name
def test_a_unique_index_planted_under_one_of_kesus_index_names_is_said_too(tmp_path):
    """The planted-index check went by name: ``ix_documents_due`` dropped and made again
    UNIQUE on ``documents (kind)`` passed, and the second form of a kind failed on SQLite's
    English. Known by columns now (kesu makes no unique index)."""
    folder = tmp_path / "clerk"
    folder.mkdir()
    shutil.copy(SAMPLE, folder / "form.xlsx")
    assert _render(folder, "en").returncode == 0
    with sqlite_open(folder / "k.db") as conn:
        conn.execute("DROP INDEX ix_documents_due")
        conn.execute("CREATE UNIQUE INDEX ix_documents_due ON documents (kind)")
    done = _render(folder, "en")
    flat = _flat(done)
    assert done.returncode != 0 and "was changed outside kesu" in flat, flat
    assert "ix_documents_due ON documents" in flat and "UNIQUE constraint failed" not in flat, flat


def test_a_unique_index_under_kesus_name_in_a_postgresql_register_is_said_too(pg_url):
    import psycopg

    from kesu_docs.register import Register, RegisterError

    Register.open(pg_url).close()
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("DROP INDEX ix_documents_due")
        conn.execute("CREATE UNIQUE INDEX ix_documents_due ON documents (kind)")
    with pytest.raises(RegisterError) as refused:
        Register.open(pg_url)
    assert refused.value.code == "register_changed"
    assert "ix_documents_due ON documents" in refused.value.message("en")
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("DROP INDEX ix_documents_due")
        conn.execute("CREATE INDEX ix_documents_due ON documents (kind, due_date)")
    Register.open(pg_url).close()  # (kesu's own index as kesu makes it: let be)
