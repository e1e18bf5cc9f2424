"""Hostile and careless input, the thirtieth round (issue 10, bad input): what round 29 left — a
trigger planted in the register, an OLE object in a template, a signed PDF given its long-term
validation data, "No space left" in English inside a Chinese message — and the round's own
attacks. Real files and the real command; each test fails without its mend."""

from __future__ import annotations

import io
import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from helpers import changed_template, on_a_full_disk, python_process, sqlite_open
from test_attack29 import _filled_blank, _signed

from kesu_docs.render.template import DocxTemplate, TemplateError

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "complaint-valid.xlsx"


def _render(folder: Path, lang: str, *extra: str, **env: Any):
    """``kesu --lang LANG render form.xlsx -o out --db k.db`` in a process of its own, in ``folder``
    (``env``: the environment's additions, and python_process's ``timeout``)."""
    return python_process(
        "-m",
        "kesu_docs",
        "--lang",
        lang,
        "render",
        "form.xlsx",
        "-o",
        "out",
        "--db",
        "k.db",
        *extra,
        cwd=folder,
        **env,
    )


def _clerk(tmp_path: Path) -> Path:
    folder = tmp_path / "clerk"
    folder.mkdir()
    shutil.copy(SAMPLE, folder / "form.xlsx")
    return folder


# ------------------------------------------------------------------ a trigger planted in the register
def test_a_trigger_planted_in_the_register_is_said_as_the_register_changed_not_as_the_forms_fault(tmp_path):
    """Round 29: a trigger resetting the counter had every form fail "number … is already
    another document's" — the form blamed. Now the register is refused as changed outside
    kesu, naming the trigger, and nothing is numbered."""
    from kesu_docs.register import Register

    folder = _clerk(tmp_path)
    Register.open(folder / "k.db").close()
    with sqlite_open(folder / "k.db") as conn:
        conn.execute(
            "CREATE TRIGGER keep_it_low AFTER UPDATE ON counters BEGIN "
            "UPDATE counters SET last_serial = 0 WHERE last_serial > 0; END"
        )
    for lang, said in (("zh", "被 kesu 以外的程序改过"), ("en", "was changed outside kesu")):
        done = _render(folder, lang)
        flat = " ".join((done.stdout + done.stderr).split())
        assert done.returncode != 0 and said in flat and "keep_it_low" in flat, flat
        assert "Traceback" not in flat and "already another" not in flat
    assert not (folder / "out").exists() or not list((folder / "out").glob("*.docx"))
    with sqlite_open(folder / "k.db") as conn:
        assert conn.execute("SELECT count(*) FROM documents").fetchone() == (0,)


def test_a_trigger_planted_in_a_postgresql_register_is_said_too(pg_url):
    import psycopg

    from kesu_docs.register import Register, RegisterError

    Register.open(pg_url).close()
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(
            "CREATE FUNCTION keep_low() RETURNS trigger AS $$ BEGIN NEW.last_serial := 0; "
            "RETURN NEW; END $$ LANGUAGE plpgsql"
        )
        conn.execute(
            "CREATE TRIGGER keep_it_low BEFORE UPDATE ON counters FOR EACH ROW EXECUTE FUNCTION keep_low()"
        )
    with pytest.raises(RegisterError) as refused:
        Register.open(pg_url)
    assert refused.value.code == "register_changed" and "keep_it_low ON counters" in refused.value.message(
        "en"
    )
    assert "older backup" in refused.value.message("en")  # (the review: never "restore a backup")
    Register.open(pg_url, read_only=True).close()  # (read: nothing is numbered by reading)
    with psycopg.connect(pg_url, autocommit=True) as conn:  # disabled by its administrator: no harm
        conn.execute("ALTER TABLE counters DISABLE TRIGGER keep_it_low")
    Register.open(pg_url).close()


def test_a_trigger_of_another_program_on_its_own_table_in_a_shared_database_is_left_alone(tmp_path):
    folder = _clerk(tmp_path)
    (folder / "kesu.toml").write_text("[database]\nallow_foreign_tables = true\n", encoding="utf-8")
    with sqlite_open(folder / "k.db") as conn:
        conn.execute("CREATE TABLE erp_log (x TEXT)")
        conn.execute("CREATE TRIGGER erp_stamp AFTER INSERT ON erp_log BEGIN SELECT 1; END")
    done = _render(folder, "en")
    assert done.returncode == 0, done.stdout + done.stderr
    assert (folder / "out" / "complaint-202609001.docx").is_file()


# ------------------------------------------------------------------ an OLE object in a template
_OLE_REL = (
    b'<Relationship Id="rIdO" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'relationships/oleObject" Target="embeddings/oleObject1.bin"/></Relationships>'
)
_OBJECT = (
    b'<w:p><w:r><w:object><o:OLEObject xmlns:o="urn:schemas-microsoft-com:office:office" '
    b'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" Type="Embed" '
    b'ProgID="Package" ShapeID="_x0000_i1025" DrawAspect="Icon" ObjectID="_1" r:id="rIdO"/>'
    b"</w:object></w:r></w:p></w:body>"
)


def _with_ole(name: str, data: bytes) -> bytes:
    if name == "word/_rels/document.xml.rels":
        return data.replace(b"</Relationships>", _OLE_REL)
    if name == "word/document.xml":
        return data.replace(b"</w:body>", _OBJECT)
    return data


def test_a_template_embedding_an_ole_object_is_refused_numbering_nothing(tmp_path):
    """Round 29: an ``oleObject1.bin`` (an OLE package: a program it runs on a double-click,
    shown as an icon) was copied into every controlled document."""
    path = changed_template(
        tmp_path, _with_ole, {"word/embeddings/oleObject1.bin": b"\xd0\xcf\x11\xe0" + bytes(508)}
    )
    with pytest.raises(TemplateError, match="embeds objects") as refused:
        DocxTemplate(path)
    assert "oleObject1.bin" in str(refused.value) and "嵌入的对象" in refused.value.said.zh
    folder = _clerk(tmp_path)
    done = _render(folder, "en", KESU_TEMPLATES=str(path.parent))
    assert done.returncode == 1 and "embeds objects" in " ".join(done.stdout.split()), (
        done.stdout + done.stderr
    )
    assert not list((folder / "out").glob("*.docx"))


# ------------------------------------------------------------------ a signed PDF given its LTV data
def _update(data: bytes, change) -> bytes:
    """``data`` with an incremental update of what ``change(writer)`` does (pypdf)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(PdfReader(io.BytesIO(data)), incremental=True)
    change(writer)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _add_dss(writer) -> None:
    """What Acrobat's "add verification information" appends: the catalog's ``/DSS`` (a
    certificate, an OCSP answer, ``/VRI``) and its ``/Extensions`` level."""
    from pypdf.generic import ArrayObject, DictionaryObject, NameObject, NumberObject, StreamObject

    streams = []
    for body in (b"\x30\x82\x01\x0a" + bytes(266), b"\x30\x82\x00\x40" + bytes(64)):
        stream = StreamObject()
        stream.set_data(body)
        streams.append(writer._add_object(stream))
    dss = DictionaryObject(
        {
            NameObject("/Certs"): ArrayObject([streams[0]]),
            NameObject("/OCSPs"): ArrayObject([streams[1]]),
            NameObject("/VRI"): DictionaryObject(),
        }
    )
    writer._root_object[NameObject("/DSS")] = writer._add_object(dss)
    writer._root_object[NameObject("/Extensions")] = DictionaryObject(
        {NameObject("/ESIC"): DictionaryObject({NameObject("/ExtensionLevel"): NumberObject(5)})}
    )


def _add_field(kind: str):
    """An update adding a field of ``kind`` (``/Sig``: a document timestamp's, ``/Tx``: a text
    field) to the form and its widget to the first page."""
    from pypdf.generic import ArrayObject, DictionaryObject, NameObject, TextStringObject

    def change(writer) -> None:
        value = {
            NameObject("/Type"): NameObject("/DocTimeStamp"),
            NameObject("/SubFilter"): NameObject("/ETSI.RFC3161"),
        }
        field = DictionaryObject(
            {
                NameObject("/FT"): NameObject(kind),
                NameObject("/T"): TextStringObject("Stamp1"),
                NameObject("/Subtype"): NameObject("/Widget"),
                NameObject("/Rect"): ArrayObject([]),
                NameObject("/V"): writer._add_object(DictionaryObject(value))
                if kind == "/Sig"
                else TextStringObject("别的公司"),
            }
        )
        ref = writer._add_object(field)
        form = writer._root_object["/AcroForm"]
        form[NameObject("/Fields")].append(ref)
        page = writer.pages[0]
        page[NameObject("/Annots")].append(ref)

    return change


def test_a_signed_pdf_given_only_its_long_term_validation_data_is_not_said_changed(tmp_path):
    """Round 29: Acrobat's LTV update (``/DSS`` appended after the signature) was warned
    ``pdf_changed_after_signing`` like a changed customer."""
    from kesu_docs import read

    signed = _signed(_filled_blank(tmp_path))
    ltv = _update(signed, _add_dss)
    stamped = _update(ltv, _add_field("/Sig"))
    a_field = _update(ltv, _add_field("/Tx"))

    def customer(data):
        from pypdf import PdfReader, PdfWriter

        writer = PdfWriter(PdfReader(io.BytesIO(data)), incremental=True)
        for page in writer.pages:
            writer.update_page_form_field_values(
                page, {"customer": "别的公司有限公司"}, auto_regenerate=False
            )
        out = io.BytesIO()
        writer.write(out)
        return out.getvalue()

    files = {"ltv": ltv, "stamped": stamped, "a_field": a_field, "changed": customer(ltv)}
    for name, data in files.items():
        (tmp_path / f"{name}.pdf").write_bytes(data)
    results = read([tmp_path / f"{name}.pdf" for name in files])
    warned = {
        name: "pdf_changed_after_signing" in {p.code for p in r.warnings} for name, r in zip(files, results)
    }
    assert warned == {"ltv": False, "stamped": False, "a_field": True, "changed": True}
    assert results[0].record is not None and results[0].record.customer == "华东精密机械有限公司"


# ------------------------------------------------------------------ a full disk, said in the command's language
@pytest.mark.parametrize("name", ["blank.pdf", "blank.xlsx"])
def test_a_full_disk_is_said_in_the_commands_language_not_the_systems_english(tmp_path, name):
    """Round 29: ``blank -o`` on a full disk said "无法写出 …：No space left on device"."""
    import sys

    tiny = tmp_path / "tiny"
    command = f"{sys.executable} -m kesu_docs --lang $KESU_LANG blank complaint -o {tiny / name}"
    for lang, said, foreign in (("zh", "磁盘已满", "No space"), ("en", "the disk is full", "磁盘")):
        done = on_a_full_disk(tiny, command, tmp_path, KESU_LANG=lang)
        assert done.returncode == 2 and said in done.stderr, done.stderr
        assert foreign not in done.stderr and "Traceback" not in done.stderr


# ------------------------------------------------------------------ an output that is a pipe
@pytest.mark.parametrize("name", ["blank.pdf", "blank.xlsx"])
def test_a_blank_written_over_a_pipe_or_a_link_replaces_it_never_writes_through_it(tmp_path, name):
    """Before: ``blank -o`` onto a FIFO hung for ever (no reader), onto a link wrote into the
    file it points at; and a blank killed while written was left half a file. Now written
    whole under a temporary name and renamed, as the reports and exports are. Since attack41 a
    pipe is refused, as at the reports' ``-o``, and so is a link to a file that is no blank: a
    link to a blank is replaced, the blank it led to kept."""
    os.mkfifo(tmp_path / name)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.write_bytes(b"keep me")
    (tmp_path / f"link-{name}").symlink_to(elsewhere)
    for target in (name, f"link-{name}"):
        done = python_process("-m", "kesu_docs", "blank", "complaint", "-o", target, cwd=tmp_path, timeout=60)
        assert done.returncode == 2 and "Traceback" not in done.stderr, done.stderr
    assert (tmp_path / name).is_fifo() and (tmp_path / f"link-{name}").is_symlink()
    assert elsewhere.read_bytes() == b"keep me"
    blank = tmp_path / f"other-{name}"
    assert python_process("-m", "kesu_docs", "blank", "8d", "-o", blank.name, cwd=tmp_path).returncode == 0
    kept = blank.read_bytes()
    (tmp_path / f"link-{name}").unlink()
    (tmp_path / f"link-{name}").symlink_to(blank)
    done = python_process(
        "-m", "kesu_docs", "blank", "complaint", "-o", f"link-{name}", cwd=tmp_path, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert (tmp_path / f"link-{name}").is_file() and not (tmp_path / f"link-{name}").is_symlink()
    assert blank.read_bytes() == kept
    assert not list(tmp_path.glob(".*.part"))


# ------------------------------------------------------------------ settings and templates that are no files
def test_settings_named_as_a_folder_are_said_in_the_commands_language(tmp_path):
    """Before: "配置文件有误：/tmp：无法读取：Is a directory" — the system's English inside."""
    folder = _clerk(tmp_path)
    for lang, said, foreign in (
        ("zh", "同名的文件夹", "Is a directory"),
        ("en", "a folder stands", "文件夹"),
    ):
        done = python_process(
            "-m", "kesu_docs", "--lang", lang, "validate", "form.xlsx", cwd=folder, KESU_CONFIG=str(tmp_path)
        )
        assert done.returncode == 2 and said in done.stderr, done.stderr
        assert foreign not in done.stderr and "Traceback" not in done.stderr


@pytest.mark.parametrize("what", ["pipe", "folder"])
def test_a_template_that_is_a_pipe_or_a_folder_is_said_as_such_and_numbers_nothing(tmp_path, what):
    """Before: a FIFO named ``complaint.docx`` in the templates' folder hung ``render`` for
    ever (read as a zip); a folder of that name was said as no template, "build one"."""
    folder = _clerk(tmp_path)
    templates = tmp_path / "templates"
    templates.mkdir()
    if what == "pipe":
        os.mkfifo(templates / "complaint.docx")
    else:
        (templates / "complaint.docx").mkdir()
    for lang, said in (("zh", "不是普通文件"), ("en", "is no regular file")):
        done = _render(folder, lang, timeout=120, KESU_TEMPLATES=str(templates))
        assert done.returncode == 1 and said in " ".join(done.stdout.split()), done.stdout + done.stderr
    with sqlite_open(folder / "k.db") as conn:
        assert conn.execute("SELECT count(*) FROM documents").fetchone() == (0,)


# ------------------------------------------------------------------ the Python API used carelessly
def test_read_given_one_path_as_text_reads_that_file_not_its_letters(tmp_path):
    """Before: ``kesu_docs.read("form.xlsx")`` read ``f``, ``o``, ``r``, ``m`` … as nine files
    (each not found) and not the form."""
    from kesu_docs import read

    folder = _clerk(tmp_path)
    for given in (str(folder / "form.xlsx"), folder / "form.xlsx"):
        results = read(given)
        assert [Path(r.source).name for r in results] == ["form.xlsx"] and results[0].valid
    with pytest.raises(TypeError, match="not bytes"):
        read(b"form.xlsx")


def test_a_template_holding_two_parts_of_one_name_is_refused(tmp_path):
    """Before: a template whose zip holds ``word/document.xml`` twice (the second saying
    something else) made copies holding both, each numbered: Word calls such a file damaged,
    and which part a reader shows is its own choice. (The reader refuses such a workbook.)"""
    import warnings
    import zipfile

    with zipfile.ZipFile(ROOT / "templates" / "complaint.docx") as archive:
        body = archive.read("word/document.xml")
    other = body.replace(b"</w:body>", b"<w:p><w:r><w:t>another text</w:t></w:r></w:p></w:body>")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile's "Duplicate name"
        path = changed_template(tmp_path, None, {"Word/Document.xml": other})
    with pytest.raises(TemplateError, match="×2") as refused:
        DocxTemplate(path)
    assert "word/document.xml" in str(refused.value)
    folder = _clerk(tmp_path)
    done = _render(folder, "en", KESU_TEMPLATES=str(path.parent))
    assert done.returncode == 1 and not list((folder / "out").glob("*.docx")), done.stdout
