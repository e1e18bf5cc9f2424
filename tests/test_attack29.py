"""Hostile and careless input, the twenty-ninth round (issue 10, bad input): a numbering pattern
asking for a number of 100 MB, settings and profiles nested thousands deep, a template whose
fields have Word run another program (DDEAUTO) or fetch a file (LINK, INCLUDE). Real files and
the real command; each test fails without its mend."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest
from helpers import changed_template, kesu, needs_soffice, python_process

from kesu_docs.render.template import DocxTemplate, TemplateError

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "complaint-valid.xlsx"


def _folder(tmp_path: Path, settings: str) -> Path:
    """A clerk's folder: the sample complaint and a ``kesu.toml`` of ``settings``."""
    folder = tmp_path / "clerk"
    folder.mkdir()
    shutil.copy(SAMPLE, folder / "form.xlsx")
    (folder / "kesu.toml").write_text(settings, encoding="utf-8")
    return folder


def _render(folder: Path, lang: str):
    """``kesu render form.xlsx`` in a process of its own, as a clerk runs it in ``folder``."""
    return python_process(
        "-m", "kesu_docs", "--lang", lang, "render", "form.xlsx", "-o", "out", "--db", "k.db", cwd=folder
    )


# ------------------------------------------------------------------ a number of 100 MB
@pytest.mark.parametrize(
    "pattern",
    [
        "{date:%Y%m}{serial:0100000000d}",  # before: 36 s, 2.8 GB, one 100 MB number issued
        "{date:%Y%m}{serial:0{width}d}{width:0100000000d}",
        "{date:%Y%m}{serial:.100000000f}",
        "{date:%Y%m}{serial:c}",  # the serial a character: 1 is U+0001
        "{date:%Y%m%Y%m%Y%m%Y%m%Y%m%Y%m%Y%m%Y%m%Y%m%Y%m%Y%m%Y%m%Y%m}{serial:03d}",  # 81 characters
    ],
)
def test_a_numbering_pattern_giving_numbers_too_long_or_unprintable_is_refused_numbering_nothing(
    tmp_path, pattern
):
    folder = _folder(tmp_path, f'[numbering]\ncomplaint = "{pattern}"\n')
    for lang, said in (("zh", "给出的编号过长或含不可打印的字符"), ("en", "too long or hold characters")):
        done = _render(folder, lang)
        assert done.returncode != 0 and said in done.stderr and "Traceback" not in done.stderr, done.stderr
    assert not (folder / "k.db").exists() and not (folder / "out").exists()


def test_numbering_patterns_of_ordinary_widths_still_number(tmp_path):
    folder = _folder(tmp_path, '[numbering]\ncomplaint = "KS-{date:%Y%m}-{serial:05d}"\n')
    done = kesu("render", "form.xlsx", "-o", "out", "--db", "k.db", cwd=folder)
    assert done.exit_code == 0, done.output
    assert [p.name for p in (folder / "out").glob("*.docx")] == ["complaint-KS-202609-00001.docx"]


# ------------------------------------------------------------------ TOML nested thousands deep
@pytest.mark.parametrize("nest", [("[", "]"), ("{a=", "}")])
def test_settings_nested_thousands_deep_are_a_configuration_error_not_a_traceback(tmp_path, nest):
    """Before: ``RecursionError`` out of tomllib, a traceback (40 kB of brackets)."""
    opening, closing = nest
    folder = _folder(tmp_path, f"x = {opening * 20_000}{closing * 20_000}\n")
    for lang, said in (("zh", "嵌套过深"), ("en", "nested too deep")):
        done = _render(folder, lang)
        assert done.returncode != 0 and said in done.stderr and "kesu.toml" in done.stderr, done.stderr
        assert "Traceback" not in done.stderr
    assert not (folder / "k.db").exists()


def test_a_layout_profile_nested_thousands_deep_is_said_unusable(tmp_path):
    folder = _folder(tmp_path, "")
    (folder / "profiles").mkdir()
    (folder / "profiles" / "deep.toml").write_text("x = " + "[" * 20_000 + "]" * 20_000, encoding="utf-8")
    done = kesu("--lang", "en", "parse", "form.xlsx", cwd=folder)
    assert "profile_unreadable" in done.output and "nested too deep" in done.output, done.output
    assert "deep.toml" in done.output


# ------------------------------------------------------------------ template fields fetching
_FIELDS = {
    "DDEAUTO": ' DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe "/k calc.exe" ',
    "DDE": ' DDE "Excel" "C:\\\\data\\\\book.xlsx" "R1C1" ',
    "LINK": ' LINK Excel.Sheet.12 "\\\\\\\\server\\\\share\\\\prices.xlsx" "Sheet1!R1C1" \\a ',
    "INCLUDE": ' include "C:\\\\secret.docx" ',
    "IMPORT": ' IMPORT "http://evil.example/p.png" ',
    "DATABASE": ' DATABASE \\d "C:\\\\db.mdb" \\s "select * from t" ',
}


def _template_with(tmp_path: Path, paragraph: str) -> Path:
    """The shipped complaint template with ``paragraph`` added at the end of its body."""

    def change(name: str, data: bytes) -> bytes:
        if name != "word/document.xml":
            return data
        return data.decode().replace("</w:body>", f"{paragraph}</w:body>", 1).encode()

    return changed_template(tmp_path, change)


@pytest.mark.parametrize("field", sorted(_FIELDS))
def test_a_template_field_taking_content_from_a_program_or_file_is_refused(tmp_path, field):
    """As a simple field and as Word writes a field (begin, instruction over two runs, separate,
    end). Before: copied into every controlled document (Word runs DDEAUTO's command once the
    reader says yes to updating links)."""
    instruction = _FIELDS[field]
    simple = f'<w:p><w:fldSimple w:instr="{instruction.replace(chr(34), "&quot;")}"/></w:p>'
    half = len(instruction) // 2
    complex_ = (
        '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve">{instruction[:half]}</w:instrText></w:r>'
        f'<w:r><w:instrText xml:space="preserve">{instruction[half:]}</w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>x</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
    )
    for i, paragraph in enumerate((simple, complex_)):
        path = _template_with(tmp_path / str(i), paragraph)
        with pytest.raises(TemplateError, match="fetches from outside") as refused:
            DocxTemplate(path)
        assert field.lower() in str(refused.value).lower()
        assert "从文件外取来" in refused.value.said.zh


def test_fields_that_only_name_such_words_are_kept(tmp_path):
    """A HYPERLINK whose address holds ``link``, a PAGE field, a REF to a bookmark named
    ``Import``: no field that fetches; the template is taken."""
    paragraph = "".join(
        f'<w:p><w:fldSimple w:instr="{instr}"><w:r><w:t>x</w:t></w:r></w:fldSimple></w:p>'
        for instr in (
            " HYPERLINK &quot;https://example.com/link/dde&quot; ",
            " PAGE ",
            " REF Import \\h ",
            " HYPERLINKS ",
        )
    )
    path = _template_with(tmp_path, paragraph)
    DocxTemplate(path)


# ------------------------------------------------------------------ macros, parts missing
_MAIN = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_VBA_REL = (
    b'<Relationship Id="rIdV" Type="http://schemas.microsoft.com/office/2006/relationships/'
    b'vbaProject" Target="vbaProject.bin"/></Relationships>'
)


def _macro_enabled(name: str, data: bytes) -> bytes:
    if name == "[Content_Types].xml":
        return data.replace(_MAIN, b"application/vnd.ms-word.document.macroEnabled.main+xml")
    if name == "word/_rels/document.xml.rels":
        return data.replace(b"</Relationships>", _VBA_REL)
    return data


def _headers_gone(name: str, data: bytes) -> bytes | None:
    return None if name.startswith(("word/header", "word/footer")) else data


def _rel_out_of_package(name: str, data: bytes) -> bytes:
    if name == "word/_rels/document.xml.rels":
        return data.replace(b'Target="footer1.xml"', b'Target="../../../etc/passwd"')
    return data


def _main_part_a_picture(name: str, data: bytes) -> bytes:
    return data.replace(_MAIN, b"image/png") if name == "[Content_Types].xml" else data


@pytest.mark.parametrize(
    ("change", "named"),
    [
        (_main_part_a_picture, "image/png"),  # the content type lying: Word says the copy is damaged
        (_macro_enabled, "vbaProject"),  # a .docm saved as complaint.docx: its macros in every copy
        (_headers_gone, "header1.xml"),  # the header and footer parts removed, their links kept
        (_rel_out_of_package, "etc/passwd"),  # a part's link leading out of the package
    ],
)
def test_a_template_with_macros_or_links_to_parts_it_lacks_numbers_nothing_and_says_so(
    tmp_path, change, named
):
    """Before: every copy made with the macros (as .docx: Word refuses to open it) or with
    relationships to parts it lacks (Word: unreadable content), each numbered."""
    path = changed_template(tmp_path, change, {"word/vbaProject.bin": b"\xd0\xcf\x11\xe0" + bytes(508)})
    with pytest.raises(
        TemplateError, match="holds macros, its main part is declared as no Word document, or it points"
    ) as refused:
        DocxTemplate(path)
    assert named in str(refused.value) and "含有宏" in refused.value.said.zh
    out, db = tmp_path / "out", tmp_path / "k.db"
    done = python_process(
        "-m",
        "kesu_docs",
        "--lang",
        "en",
        "render",
        str(SAMPLE),
        "-o",
        str(out),
        "--db",
        str(db),
        cwd=tmp_path,
        KESU_TEMPLATES=str(path.parent),
    )
    assert done.returncode == 1 and "holds macros" in done.stdout, done.stdout + done.stderr
    assert not list(out.glob("*.docx"))
    if db.exists():  # numbered nothing: the template is looked at before any number
        from kesu_docs.register import Register

        with Register.open(db) as reg:
            assert reg.count() == 0


# ------------------------------------------------------------------ a PDF changed after signing
def _signed(data: bytes) -> bytes:
    """``data`` signed as a signer writes it: an incremental update holding a signature's
    dictionary whose ``/ByteRange`` covers the whole file but its ``/Contents`` (a placeholder
    in place of the PKCS#7 signature: kesu checks no cryptography)."""
    import io
    import re

    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    prev = int(re.findall(rb"startxref\s+(\d+)", data)[-1])
    n, root = reader.trailer["/Size"], reader.trailer.raw_get("/Root").idnum
    data += b"" if data.endswith(b"\n") else b"\n"
    at = len(data)
    slot = b"0 BBBBBBBBBB CCCCCCCCCC DDDDDDDDDD        "
    body = (
        data
        + (
            f"{n} 0 obj\n<</Type/Sig/Filter/Adobe.PPKLite/SubFilter/adbe.pkcs7.detached/ByteRange "
            f"[{slot.decode()}]/Contents <{'0' * 4096}>/M(D:20260908120000+08'00')>>\nendobj\n"
        ).encode()
    )
    xref = len(body)
    body += (
        f"xref\n{n} 1\n{at:010d} 00000 n \ntrailer\n<</Size {n + 1}/Root {root} 0 R/Prev {prev}>>\n"
        f"startxref\n{xref}\n%%EOF\n"
    ).encode()
    start = body.index(b"/Contents <", at) + len(b"/Contents ")
    end = body.index(b">", start) + 1
    return body.replace(slot, f"0 {start} {end} {len(body) - end}".encode().ljust(len(slot)))


def _filled_blank(tmp_path: Path) -> bytes:
    """kesu's fillable complaint PDF, filled (pypdf) with the sample record's values."""
    import io
    import json

    from pypdf import PdfReader, PdfWriter

    blank = tmp_path / "blank.pdf"
    assert kesu("blank", "complaint", "-o", blank).exit_code == 0
    record = json.loads((ROOT / "samples" / "complaint-from-system.json").read_text(encoding="utf-8"))
    values = {
        k: str(v) for k, v in record.items() if isinstance(v, str | int) and k not in ("kind", "number")
    }
    writer = PdfWriter(clone_from=PdfReader(blank))
    for page in writer.pages:
        writer.update_page_form_field_values(page, values, auto_regenerate=False)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_signed_pdf_changed_after_its_signature_is_read_as_changed_and_said(tmp_path):
    """Before: the customer changed after signing read with no word."""
    import io

    from pypdf import PdfReader, PdfWriter

    from kesu_docs import read

    signed = _signed(_filled_blank(tmp_path))
    writer = PdfWriter(PdfReader(io.BytesIO(signed)), incremental=True)
    for page in writer.pages:
        writer.update_page_form_field_values(page, {"customer": "别的公司有限公司"}, auto_regenerate=False)
    changed = io.BytesIO()
    writer.write(changed)
    (tmp_path / "signed.pdf").write_bytes(signed)
    (tmp_path / "changed.pdf").write_bytes(changed.getvalue())

    as_signed, after = read([tmp_path / "signed.pdf", tmp_path / "changed.pdf"])
    assert as_signed.record is not None and as_signed.record.customer == "华东精密机械有限公司"
    assert "pdf_changed_after_signing" not in {p.code for p in as_signed.warnings}
    assert after.record is not None and after.record.customer == "别的公司有限公司"  # as it now shows
    said = [p for p in after.warnings if p.code == "pdf_changed_after_signing"]
    assert len(said) == 1
    assert "签名后又被改动过" in said[0].message("zh") and "changed after it was signed" in said[0].message(
        "en"
    )


# ------------------------------------------------------------------ $TMPDIR full, --pdf
@needs_soffice
def test_a_full_temporary_folder_is_said_as_such_not_as_a_damaged_document(tmp_path):
    """``$TMPDIR`` on a full 64 kB tmpfs (mounted in a mount namespace of the test's own:
    ``unshare``, no root needed). Before: "the document cannot be opened (damaged or not a
    Word document)" for a sound document."""
    import sys

    from helpers import on_a_full_disk

    tiny = tmp_path / "tiny"
    command = (
        f"TMPDIR={tiny} {sys.executable} -m kesu_docs --lang $KESU_LANG render {SAMPLE} "
        f"-o {tmp_path / 'out'} --db {tmp_path / 'k.db'} --pdf"
    )
    for lang, said in (("en", "temporary folder"), ("zh", "临时文件夹")):
        done = on_a_full_disk(tiny, command, tmp_path, KESU_LANG=lang)
        flat = " ".join(done.stdout.split())
        assert done.returncode == 1 and said in flat and str(tiny) in flat, done.stdout
        assert "cannot be opened" not in flat and "无法打开" not in flat
    assert (tmp_path / "out" / "complaint-202609001.docx").is_file()
    assert not list((tmp_path / "out").glob("*.pdf"))


def test_a_word_template_renamed_docx_makes_copies_that_say_they_are_documents(tmp_path):
    """A company's ``.dotx`` renamed ``complaint.docx``: before, every copy kept the template's
    content type, and Word refuses to open a ``.docx`` that says it is a template."""
    template = b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
    path = changed_template(
        tmp_path, lambda name, data: data.replace(_MAIN, template) if name == "[Content_Types].xml" else data
    )
    out = tmp_path / "out"
    done = python_process(
        "-m",
        "kesu_docs",
        "render",
        str(SAMPLE),
        "-o",
        str(out),
        "--db",
        str(tmp_path / "k.db"),
        cwd=tmp_path,
        KESU_TEMPLATES=str(path.parent),
    )
    assert done.returncode == 0, done.stdout + done.stderr
    with zipfile.ZipFile(out / "complaint-202609001.docx") as copy:
        types = copy.read("[Content_Types].xml")
    assert _MAIN in types and template not in types
