"""Hostile and careless input, the thirty-first round (issue 10, bad input): what attack30's review
left — an OLE object refusing a template, a signature field added after signing, messages in one
language only, a language kesu does not know, a settings path that is a file — and the round's
own attacks. Real files and the real command; each test fails without its mend."""

from __future__ import annotations

import re
import shutil
import zipfile
from pathlib import Path
from typing import Any

import pytest
from helpers import changed_template, python_process, soffice_convert, sqlite_open
from holdout_kit import stamp_png

from kesu_docs.render.template import DocxTemplate, TemplateError

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "complaint-valid.xlsx"


def _render(folder: Path, lang: str, *extra: str, **env: Any):
    """``kesu --lang LANG render form.xlsx -o out --db k.db`` in a process of its own, in ``folder``."""
    return python_process(
        "-m", "kesu_docs", "--lang", lang, "render", "form.xlsx", "-o", "out", "--db", "k.db", *extra,
        cwd=folder, **env,
    )  # fmt: skip


def _clerk(tmp_path: Path) -> Path:
    folder = tmp_path / "clerk"
    folder.mkdir()
    shutil.copy(SAMPLE, folder / "form.xlsx")
    return folder


def _flat(done: Any) -> str:
    return " ".join((done.stdout + done.stderr).split())


# ------------------------------------------------------------------ an OLE object kept by its picture
_ODT_CONTENT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:xlink="http://www.w3.org/1999/xlink"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.2">
<office:body><office:text><text:p>Logo: <draw:frame draw:name="Obj1" text:anchor-type="as-char"
 svg:width="4cm" svg:height="2cm"><draw:object xlink:href="./Object 1" xlink:type="simple"
 xlink:show="embed" xlink:actuate="onLoad"/></draw:frame></text:p></office:text></office:body>
</office:document-content>"""
_CALC_CONTENT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body>
<office:spreadsheet><table:table table:name="S"><table:table-row><table:table-cell><text:p>ACME</text:p>
</table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>"""
_MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
<manifest:file-entry manifest:full-path="Object 1/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
<manifest:file-entry manifest:full-path="Object 1/content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>"""


@pytest.fixture(scope="module")
def doc_with_a_table(tmp_path_factory) -> dict[str, Any]:
    """A .docx LibreOffice makes of a Word 97 .doc holding an embedded spreadsheet (as a .doc
    brings an embedded Excel table into Word): the ``w:object`` run, its two relationships (the
    ``package`` and its picture), the two parts and their content types, as LibreOffice wrote them."""
    folder = tmp_path_factory.mktemp("ole")
    odt = folder / "table.odt"
    with zipfile.ZipFile(odt, "w") as book:
        book.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        book.writestr("content.xml", _ODT_CONTENT, zipfile.ZIP_DEFLATED)
        book.writestr("Object 1/content.xml", _CALC_CONTENT, zipfile.ZIP_DEFLATED)
        book.writestr("META-INF/manifest.xml", _MANIFEST, zipfile.ZIP_DEFLATED)
    doc = soffice_convert(odt, "doc", folder / "doc")
    docx = soffice_convert(doc, "docx", folder / "docx")
    with zipfile.ZipFile(docx) as made:
        parts = {name: made.read(name) for name in made.namelist()}
    document = parts["word/document.xml"].decode()
    run = re.search(r"<w:r>(?:(?!<w:r>).)*?<w:object\b.*?</w:object></w:r>", document, re.S)
    assert run, document
    rels = re.findall(r"<Relationship\b[^>]*?/>", parts["word/_rels/document.xml.rels"].decode())
    used = [r for r in rels if re.search(r"/(package|oleObject|image)\"", r)]
    types = re.findall(
        r"<Override\b[^>]*?(?:embeddings|media)/[^>]*?/>", parts["[Content_Types].xml"].decode()
    )
    media = {n: d for n, d in parts.items() if n.startswith(("word/embeddings/", "word/media/"))}

    def own(text: str) -> str:  # (ids of their own beside the template's)
        return re.sub(r'(r:id|Id)="rId', r'\1="rIdLo', text)

    return {"run": own(run.group(0)), "rels": [own(r) for r in used], "types": types, "parts": media}


def _with(made: dict[str, Any], run: str | None = None, rels: list[str] | None = None):
    """A change for :func:`changed_template`: the object's run before the body's last section,
    its relationships and content types beside the template's."""

    def change(name: str, data: bytes) -> bytes:
        if name == "word/_rels/document.xml.rels":
            return data.replace(
                b"</Relationships>", "".join(rels or made["rels"]).encode() + b"</Relationships>"
            )
        if name == "[Content_Types].xml":
            return data.replace(b"</Types>", "".join(made["types"]).encode() + b"</Types>")
        if name == "word/document.xml":
            text = data.decode()
            at = text.rindex("<w:sectPr")
            return (text[:at] + f"<w:p>{run or made['run']}</w:p>" + text[at:]).encode()
        return data

    return change


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


@pytest.mark.parametrize("lang,said", [("zh", "只保留其显示的图片"), ("en", "keep the picture each shows")])
def test_an_excel_table_a_doc_brought_in_is_dropped_its_picture_kept_and_warned(
    tmp_path, doc_with_a_table, lang, said
):
    """attack30's review: any OLE object refused the template — an embedded Excel table of a
    .doc made every form of the batch fail. Now the object (its part, relationship and content
    type) is dropped from the copies, its picture kept, and the clerk told once."""
    path = changed_template(tmp_path, _with(doc_with_a_table), doc_with_a_table["parts"])
    folder = _clerk(tmp_path)
    done = _render(folder, lang, KESU_TEMPLATES=str(path.parent))
    flat = _flat(done)
    assert done.returncode == 0 and said in flat and "Excel.Sheet.12" in flat, flat
    copy = _members(folder / "out" / "complaint-202609001.docx")
    assert not [n for n in copy if "embeddings/" in n], sorted(copy)
    document = copy["word/document.xml"].decode()
    assert "OLEObject" not in document and "<w:object" in document and "v:imagedata" in document
    picture = re.search(r'<v:imagedata\b[^>]*?r:id="([^"]+)"', document).group(1)
    rels = copy["word/_rels/document.xml.rels"].decode()
    assert f'Id="{picture}"' in rels and "relationships/package" not in rels and "embeddings" not in rels
    assert "embeddings" not in copy["[Content_Types].xml"].decode()
    assert any(n.startswith("word/media/") and n.endswith(".wmf") for n in copy)


def _pdf_of_copy(tmp_path: Path, templates: Path | None, name: str) -> Any:
    """The first copy of ``kesu render`` with the templates of ``templates`` (None: the shipped
    ones), converted to PDF by LibreOffice: (its text, the kinds of its page objects)."""
    import pypdfium2

    (tmp_path / name).mkdir()
    folder = _clerk(tmp_path / name)
    env = {"KESU_TEMPLATES": str(templates)} if templates else {}
    done = _render(folder, "en", **env)
    assert done.returncode == 0, _flat(done)
    pdf = soffice_convert(folder / "out" / "complaint-202609001.docx", "pdf", tmp_path / name / "pdf")
    document = pypdfium2.PdfDocument(pdf)
    try:
        text = "".join(page.get_textpage().get_text_range() for page in document)
        kinds = [obj.type for page in document for obj in page.get_objects(max_depth=3)]
    finally:
        document.close()
    return text, kinds


def test_the_copy_without_the_excel_table_opens_in_libreoffice(tmp_path, doc_with_a_table):
    """No part the copy names is missing: LibreOffice reads it through to the form's number."""
    path = changed_template(tmp_path, _with(doc_with_a_table), doc_with_a_table["parts"])
    template = DocxTemplate(path)
    assert template.dropped.objects and not template.dropped.attached
    text, _ = _pdf_of_copy(tmp_path, path.parent, "table")
    assert "202609001" in text


_PICTURE_OBJECT = (
    '<w:r><w:object w:dxaOrig="1440" w:dyaOrig="720"><v:shape id="_x0000_i1025" type="#_x0000_t75" '
    'style="width:72pt;height:36pt" o:ole=""><v:imagedata r:id="rIdPic" o:title=""/></v:shape>'
    '<o:OLEObject Type="Embed" ProgID="{progid}" ShapeID="_x0000_i1025" DrawAspect="Content" '
    'ObjectID="_1234" r:id="rIdOle"/></w:object></w:r>'
)
_PICTURE_RELS = [
    '<Relationship Id="rIdOle" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'oleObject" Target="embeddings/oleObject1.bin"/>',
    '<Relationship Id="rIdPic" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'image" Target="media/image9.png"/>',
]


def _picture_object(progid: str) -> dict[str, Any]:
    return {
        "run": _PICTURE_OBJECT.format(progid=progid),
        "rels": _PICTURE_RELS,
        "types": ['<Override PartName="/word/embeddings/oleObject1.bin" '
                  'ContentType="application/vnd.openxmlformats-officedocument.oleObject"/>',
                  '<Override PartName="/word/media/image9.png" ContentType="image/png"/>'],
        "parts": {"word/embeddings/oleObject1.bin": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504),
                  "word/media/image9.png": stamp_png()},
    }  # fmt: skip


@pytest.mark.parametrize(
    "progid", ["Word.Picture.8", "PBrush", "Visio.Drawing.11", "Equation.DSMT4", "Equation.3"]
)
def test_a_logo_or_an_equation_kept_as_an_ole_object_is_dropped_its_picture_kept(tmp_path, progid):
    """A logo a .doc kept as an OLE object (Word.Picture.8, Paint, Visio) or a MathType / Equation
    Editor equation: the template makes copies showing the picture, the object dropped."""
    made = _picture_object(progid)
    path = changed_template(tmp_path, _with(made), made["parts"])
    template = DocxTemplate(path)
    assert template.dropped.objects == [f"{progid} (word/embeddings/oleObject1.bin)"]
    names = {m.name for m in template.members}
    assert "word/embeddings/oleObject1.bin" not in names and "word/media/image9.png" in names


def test_the_logo_an_ole_object_showed_is_printed_on_the_copy(tmp_path):
    """The picture is what the copy shows: LibreOffice prints one image more than on a copy of
    the shipped template."""
    import pypdfium2

    made = _picture_object("Word.Picture.8")
    path = changed_template(tmp_path, _with(made), made["parts"])
    _, plain = _pdf_of_copy(tmp_path, None, "plain")
    _, kinds = _pdf_of_copy(tmp_path, path.parent, "logo")
    image = pypdfium2.raw.FPDF_PAGEOBJ_IMAGE
    assert kinds.count(image) == plain.count(image) + 1, (kinds.count(image), plain.count(image))


@pytest.mark.parametrize(
    "progid,target",
    [
        ("Package", "embeddings/oleObject1.bin"),  # the Packager: runs what it wraps
        ("Packager Shell Object", "embeddings/oleObject1.bin"),
        ("Excel.SheetMacroEnabled.12", "embeddings/Microsoft_Excel_Macro-Enabled_Worksheet.xlsm"),
    ],
)
def test_objects_that_run_code_are_still_refused(tmp_path, progid, target):
    made = _picture_object(progid)
    made["rels"] = [_PICTURE_RELS[0].replace("embeddings/oleObject1.bin", target), _PICTURE_RELS[1]]
    made["parts"] = {"word/" + target: made["parts"]["word/embeddings/oleObject1.bin"],
                     "word/media/image9.png": made["parts"]["word/media/image9.png"]}  # fmt: skip
    path = changed_template(tmp_path, _with(made), made["parts"])
    with pytest.raises(TemplateError, match="embeds objects"):
        DocxTemplate(path)


def test_an_object_named_again_elsewhere_in_its_part_is_still_refused(tmp_path):
    """Dropped only when one ``o:OLEObject`` names it: named again (another element kesu does
    not know of), dropping it would leave a reference to nothing."""
    made = _picture_object("Word.Picture.8")
    made["run"] += '<w:r><w:object><v:shape id="x"><v:imagedata r:id="rIdOle"/></v:shape></w:object></w:r>'
    path = changed_template(tmp_path, _with(made), made["parts"])
    with pytest.raises(TemplateError, match="embeds objects"):
        DocxTemplate(path)


# ------------------------------------------------------------------ a signature box added after signing
def _add_signature_box(rect: list[float], flags: int = 4):
    """An update adding an unsigned signature field with a widget on the first page at ``rect``
    (``flags``: its ``/F``; 4 Print), its appearance saying "APPROVED"."""
    from pypdf.generic import (
        ArrayObject,
        DictionaryObject,
        FloatObject,
        NameObject,
        NumberObject,
        StreamObject,
        TextStringObject,
    )

    def change(writer) -> None:
        look = StreamObject()
        look.set_data(b"BT /Helv 12 Tf 2 2 Td (APPROVED) Tj ET")
        look.update({NameObject("/Type"): NameObject("/XObject"), NameObject("/Subtype"): NameObject("/Form"),
                     NameObject("/BBox"): ArrayObject([FloatObject(0), FloatObject(0), FloatObject(120),
                                                       FloatObject(30)])})  # fmt: skip
        field = DictionaryObject(
            {
                NameObject("/FT"): NameObject("/Sig"),
                NameObject("/T"): TextStringObject("Approval"),
                NameObject("/Type"): NameObject("/Annot"),
                NameObject("/Subtype"): NameObject("/Widget"),
                NameObject("/F"): NumberObject(flags),
                NameObject("/Rect"): ArrayObject([FloatObject(v) for v in rect]),
                NameObject("/AP"): DictionaryObject({NameObject("/N"): writer._add_object(look)}),
            }
        )
        ref = writer._add_object(field)
        writer._root_object["/AcroForm"][NameObject("/Fields")].append(ref)
        writer.pages[0][NameObject("/Annots")].append(ref)

    return change


def test_a_visible_signature_box_added_after_signing_is_said_changed(tmp_path):
    """attack30's review: any signature field added after signing was let be as a timestamp's —
    a visible box (an appearance saying "APPROVED" over the page) too. Only a box that shows
    nothing (no area, hidden) is a timestamp's now."""
    from test_attack29 import _filled_blank, _signed
    from test_attack30 import _update

    from kesu_docs import read

    signed = _signed(_filled_blank(tmp_path))
    files = {
        "visible": _update(signed, _add_signature_box([400, 700, 520, 730])),
        "hidden": _update(signed, _add_signature_box([400, 700, 520, 730], flags=2)),
        "no_area": _update(signed, _add_signature_box([0, 0, 0, 0])),
    }
    for name, data in files.items():
        (tmp_path / f"{name}.pdf").write_bytes(data)
    results = read([tmp_path / f"{name}.pdf" for name in files])
    warned = {n: "pdf_changed_after_signing" in {p.code for p in r.warnings} for n, r in zip(files, results)}
    assert warned == {"visible": True, "hidden": False, "no_area": False}


# ------------------------------------------------------------------ the environment: a language, a folder
@pytest.mark.parametrize(
    "value,table", [("fr", "文件"), ("EN", "File"), ("en_US.UTF-8", "File"), ("zh_CN.UTF-8", "文件")]
)
def test_a_language_kesu_does_not_know_is_said_once_in_both_and_a_locale_spelling_is_understood(
    tmp_path, value, table
):
    """attack30's review: ``KESU_LANG=fr`` gave English messages under Chinese help without a
    word, ``EN`` the reverse. A locale's spelling names its language; any other value is said
    once, in both languages, and Chinese (the default) used throughout."""
    done = python_process("-m", "kesu_docs", "validate", str(SAMPLE), cwd=tmp_path, KESU_LANG=value)
    assert done.returncode == 0 and table in done.stdout, done.stdout + done.stderr
    said = done.stderr.count("is no language kesu knows")
    assert said == (1 if value == "fr" else 0) and ("不是 kesu 认识的语言" in done.stderr) == (value == "fr")
    helped = python_process("-m", "kesu_docs", "validate", "--help", cwd=tmp_path, KESU_LANG=value)
    assert ("用法" in helped.stdout) == (table == "文件"), helped.stdout[:200]


@pytest.mark.parametrize("lang,said", [("zh", "是一个文件，不是文件夹"), ("en", "is a file, not a folder")])
def test_kesu_templates_naming_a_file_is_said_as_a_file(tmp_path, lang, said):
    """attack30's review: ``KESU_TEMPLATES=/etc/passwd`` said "no template
    (/etc/passwd/complaint.docx): build one" — true, not what is wrong."""
    folder = _clerk(tmp_path)
    done = _render(folder, lang, KESU_TEMPLATES=str(SAMPLE))
    flat = _flat(done)
    assert done.returncode == 1 and said in flat and "build_templates" not in flat, flat


@pytest.mark.parametrize(
    "lang,said,foreign", [("zh", "无法读取模板", "cannot be read"), ("en", "cannot be read", "无法")]
)
def test_a_template_that_cannot_be_looked_at_is_said_in_the_commands_language(tmp_path, lang, said, foreign):
    """attack30's review: ``_stamp``'s failure (a template a link loop, a name too long) was the
    system's English alone ("Too many levels of symbolic links") inside a Chinese line."""
    folder = _clerk(tmp_path)
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "complaint.docx").symlink_to(templates / "complaint.docx")  # a link to itself
    done = _render(folder, lang, KESU_TEMPLATES=str(templates))
    flat = _flat(done)
    assert done.returncode == 1 and said in flat and foreign not in flat and "Traceback" not in flat, flat
    assert "Too many levels" not in flat and ("链接循环" in flat or "loop of links" in flat), flat


# ------------------------------------------------------------------ a report written over the form it checks
@pytest.mark.parametrize("how", ["same", "link", "folder"])
def test_a_check_report_named_as_a_form_it_checks_is_refused_the_form_kept(tmp_path, how):
    """``kesu validate 客诉.xlsx --report 客诉.xlsx`` (or a link to it, or the form inside the
    folder checked) replaced the clerk's filled form with the report: the form was lost."""
    folder = _clerk(tmp_path)
    before = (folder / "form.xlsx").read_bytes()
    report = "form.xlsx"
    if how == "link":
        (folder / "report.xlsx").symlink_to(folder / "form.xlsx")
        report = "report.xlsx"
    target = "." if how == "folder" else "form.xlsx"
    for lang, said in (("zh", "是要检查的文件之一"), ("en", "is one of the files being checked")):
        done = python_process(
            "-m", "kesu_docs", "--lang", lang, "validate", target, "--report", report, cwd=folder
        )
        assert done.returncode == 2 and said in _flat(done), _flat(done)
    assert (folder / "form.xlsx").read_bytes() == before
    done = python_process("-m", "kesu_docs", "validate", "form.xlsx", "--report", "checked.xlsx", cwd=folder)
    assert done.returncode == 0 and (folder / "checked.xlsx").is_file()


# ------------------------------------------------------------------ a working copy fetching from a stranger's share
def _linked_to_another_book(path: Path, target: str) -> Path:
    """The sample form with a link to another workbook at ``target`` (an ``externalLink`` part, as
    Excel writes for ``='[Prices.xlsx]S'!A1``) and a formula reading it in H60 (its kept value 42)."""
    ns_r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    with zipfile.ZipFile(SAMPLE) as book:
        parts = {name: book.read(name) for name in book.namelist()}
    parts["xl/workbook.xml"] = parts["xl/workbook.xml"].replace(
        b"</sheets>",
        f'</sheets><externalReferences><externalReference xmlns:r="{ns_r}" r:id="rIdX"/></externalReferences>'.encode(),
    )
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
        b"</Relationships>",
        f'<Relationship Id="rIdX" Type="{ns_r}/externalLink" Target="externalLinks/externalLink1.xml"/>'
        "</Relationships>".encode(),
    )
    parts["xl/externalLinks/externalLink1.xml"] = (
        '<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        f'xmlns:r="{ns_r}"><externalBook r:id="rId1"><sheetNames><sheetName val="S"/></sheetNames>'
        "</externalBook></externalLink>"
    ).encode()
    parts["xl/externalLinks/_rels/externalLink1.xml.rels"] = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{ns_r}/externalLinkPath" Target="{target}" TargetMode="External"/>'
        "</Relationships>"
    ).encode()
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>",
        b'<Override PartName="/xl/externalLinks/externalLink1.xml" ContentType="application/'
        b'vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"/></Types>',
    )
    parts["xl/worksheets/sheet1.xml"] = parts["xl/worksheets/sheet1.xml"].replace(
        b"</sheetData>", b'<row r="60"><c r="H60"><f>[1]S!A1</f><v>42</v></c></row></sheetData>'
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as book:
        for name, data in parts.items():
            book.writestr(name, data)
    return path


def test_the_numbered_working_copy_fetches_nothing_from_the_links_of_the_customers_workbook(tmp_path):
    """A form linked to another workbook (``file://server/share/…``: Excel asks to update it —
    reaching the server, a stranger's share handing it the clerk's login — as it opens): the
    working copy kesu made kept the link. Now left out, said; a formula reading it keeps the
    value Excel last showed."""
    from openpyxl import load_workbook

    folder = tmp_path / "clerk"
    folder.mkdir()
    _linked_to_another_book(folder / "form.xlsx", "file://evil.example/share/prices.xlsx")
    for lang, said in (("zh", "指向文件外其他工作簿的链接"), ("en", "links to workbooks outside the file")):
        done = _render(folder, lang, "--db", f"{lang}.db")
        assert done.returncode == 0 and said in _flat(done), _flat(done)
        [copy] = (folder / "out").glob("form-*.xlsx")
        with zipfile.ZipFile(copy) as archive:
            held = b"".join(archive.read(n) for n in archive.namelist())
        assert b"evil.example" not in held and b"externalReference" not in held
        assert load_workbook(copy).active["H60"].value == 42
        shutil.rmtree(folder / "out")


# ------------------------------------------------------------------ kesu learn and a profile edited by hand
CUSTOMER_LAYOUT = ROOT / "samples" / "complaint-customer-layout.xlsx"


def test_learning_a_range_of_the_whole_sheet_ends_no_longer_in_memory_error(tmp_path):
    """``kesu learn … --set customer=A1:XFD1048576`` (a range typed as the whole grid) named
    17 billion cells one by one: MemoryError after 50 s and 3 GB (under a 3 GB bound; without
    one, the machine's memory). The cells are those of the part of a sheet kesu reads; a
    range wholly past it is "no cell of the sheet"."""
    shutil.copy(CUSTOMER_LAYOUT, tmp_path / "cl.xlsx")
    bound = "import resource; resource.setrlimit(resource.RLIMIT_AS, (2_000_000_000, 2_000_000_000)); "
    args = ("learn", "cl.xlsx", "--kind", "complaint", "--set")
    run = (
        f"{bound}import sys; from kesu_docs.__main__ import main; sys.argv = ['kesu', *sys.argv[1:]]; main()"
    )
    done = python_process("-c", run, *args, "customer=A1:XFD1048576", cwd=tmp_path, timeout=120)
    assert done.returncode == 0 and "MemoryError" not in done.stderr, done.stderr[-2000:]
    assert (tmp_path / "profiles" / "cl.toml").is_file()
    far = python_process("-m", "kesu_docs", "--lang", "en", *args, "customer=ZZ5000:ZZZ9999", cwd=tmp_path)
    assert far.returncode == 2 and "neither a cell of sheet" in _flat(far), _flat(far)


@pytest.mark.parametrize(
    "scale", ["nan", "inf", "-inf", "0", "-1000", "true", '"abc"']
)  # (true, "abc": fixa31)
def test_a_profile_scale_that_is_no_positive_number_is_said_as_such(tmp_path, scale):
    """A hand-edited ``scale = nan`` read the field as nothing, ``inf`` said the profile could
    not be used "for this form", ``0`` read 0 and ``-1000`` nothing, with a note "read × NaN as
    the profile says": now the profile is refused naming the entry, in both languages."""
    shutil.copy(CUSTOMER_LAYOUT, tmp_path / "cl.xlsx")
    learned = python_process("-m", "kesu_docs", "learn", "cl.xlsx", "--kind", "complaint", cwd=tmp_path)
    assert learned.returncode == 0, learned.stderr
    profile = tmp_path / "profiles" / "cl.toml"
    text = profile.read_text(encoding="utf-8")
    assert 'defect_qty = { cell = "B6",' in text
    profile.write_text(
        text.replace('defect_qty = { cell = "B6",', f'defect_qty = {{ cell = "B6", scale = {scale},')
    )
    for lang, said in (
        ("zh", f"倍数 scale = {scale} 须为大于 0 的有限数字"),
        ("en", f"scale = {scale} must be a positive"),
    ):
        done = python_process("-m", "kesu_docs", "--lang", lang, "validate", "cl.xlsx", cwd=tmp_path)
        assert done.returncode != 0 and said in _flat(done), _flat(done)


# ------------------------------------------------------------------ an index planted in the register
def _second_form(folder: Path) -> Path:
    """The sample form for another customer (a second complaint, numbered after the first)."""
    from openpyxl import load_workbook

    book = load_workbook(SAMPLE)
    for row in book.active.iter_rows():
        for cell in row:
            if cell.value == "深圳市华星光电技术有限公司":
                cell.value = "东莞市另一家电子有限公司"
    book.save(folder / "form2.xlsx")
    return folder / "form2.xlsx"


def test_a_unique_index_planted_in_the_register_is_said_as_the_register_changed(tmp_path):
    """A unique index on ``documents (kind)`` planted by another program refused every second
    form of a kind as SQLite's English "UNIQUE constraint failed: documents.kind" inside the
    Chinese line, naming nothing planted. Now the register is said changed outside kesu,
    naming the index, before any number; an index that is no unique one is let be."""
    folder = _clerk(tmp_path)
    assert _render(folder, "en").returncode == 0
    shutil.move(str(_second_form(folder)), folder / "form.xlsx")
    with sqlite_open(folder / "k.db") as conn:
        conn.execute("CREATE INDEX someones_lookup ON documents (customer, part_no)")  # (harmless)
        conn.execute("CREATE UNIQUE INDEX one_a_kind ON documents (kind)")
    for lang, said in (("zh", "被 kesu 以外的程序改过"), ("en", "was changed outside kesu")):
        done = _render(folder, lang)
        flat = _flat(done)
        assert done.returncode != 0 and said in flat and "one_a_kind ON documents" in flat, flat
        assert "UNIQUE constraint failed" not in flat and "someones_lookup" not in flat
    with sqlite_open(folder / "k.db") as conn:
        conn.execute("DROP INDEX one_a_kind")
    done = _render(folder, "en")
    assert done.returncode == 0 and (folder / "out" / "complaint-202609002.docx").is_file(), _flat(done)


def test_a_unique_index_planted_in_a_postgresql_register_is_said_too(pg_url):
    import psycopg

    from kesu_docs.register import Register, RegisterError

    Register.open(pg_url).close()
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("CREATE UNIQUE INDEX one_a_kind ON documents (kind)")
    with pytest.raises(RegisterError) as refused:
        Register.open(pg_url)
    assert refused.value.code == "register_changed" and "one_a_kind ON documents" in refused.value.message(
        "en"
    )
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("DROP INDEX one_a_kind")
    Register.open(pg_url).close()  # (kesu's own constraints' indexes are not counted)
