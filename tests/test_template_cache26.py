"""A template's compiled parts kept between runs (issue 15): each ``kesu render --jobs`` worker,
and each run, compiled every template it used (≈ 0.26 G instructions for the complaint form).
The parts' code is now kept in kesu's cache folder with Jinja's bytecode cache, and a template
loaded again is given it: the same documents, byte for byte, without compiling; an edited
template, a damaged or unwritable cache, compile as before."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from helpers import complaint
from hostile import complaint as hostile_complaint
from hostile import write_json

from kesu_docs.render import default_template_dir, template_file
from kesu_docs.render import template as template_module
from kesu_docs.render.renderer import Renderer
from kesu_docs.render.template import TemplateError

TEMPLATE = "complaint.docx"


@pytest.fixture
def compiles(monkeypatch):
    """How many parts Jinja compiled (its ``Environment.compile``, counted, not changed)."""
    made: list[int] = []
    compile_part = template_module.ENV.compile

    def counted(*args, **kwargs):
        made.append(1)
        return compile_part(*args, **kwargs)

    monkeypatch.setattr(template_module.ENV, "compile", counted)
    return made


def _render(folder: Path) -> bytes:
    """The complaint's DOCX, its template loaded anew from ``folder`` (as another process)."""
    template_module._CACHE.clear()
    return Renderer(folder).render(complaint(), number="202609001")


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "templates"
    shutil.copytree(default_template_dir(), folder)
    return folder


def _edit(path: Path, old: str, new: str, part: str = "word/document.xml") -> None:
    """Change a text of one of the template's parts (a clerk editing it in Word)."""
    with zipfile.ZipFile(path) as archive:
        members = [(info, archive.read(info)) for info in archive.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in members:
            if info.filename == part:
                text = data.decode("utf-8")
                assert old in text
                data = text.replace(old, new, 1).encode("utf-8")
            archive.writestr(info, data)


def test_a_template_loaded_again_is_given_its_compiled_parts_and_renders_the_same(
    tmp_path, monkeypatch, compiles
):
    folder = _folder(tmp_path)
    monkeypatch.setenv("KESU_CACHE", str(tmp_path / "cache"))
    first = _render(folder)
    assert compiles  # compiled once, and kept
    assert any((tmp_path / "cache" / "templates").glob("__jinja2_*.cache"))
    compiles.clear()
    again = _render(folder)
    assert again == first
    assert not compiles  # every part from the cache
    # and what a process without the cache makes, byte for byte
    monkeypatch.setenv("KESU_CACHE", str(tmp_path / "other-cache"))
    assert _render(folder) == first and compiles


def test_an_edited_template_is_compiled_again_and_prints_its_edit(tmp_path, monkeypatch, compiles):
    folder = _folder(tmp_path)
    monkeypatch.setenv("KESU_CACHE", str(tmp_path / "cache"))
    before = _render(folder)
    _edit(folder / TEMPLATE, "{{ rec.customer }}", "{{ rec.customer }}（已核）")
    compiles.clear()
    after = _render(folder)
    assert compiles and after != before
    assert "（已核）" in zipfile.ZipFile(io.BytesIO(after)).read("word/document.xml").decode()


def test_a_damaged_cache_and_one_that_cannot_be_written_only_mean_compiling(tmp_path, monkeypatch, compiles):
    folder = _folder(tmp_path)
    monkeypatch.setenv("KESU_CACHE", str(tmp_path / "none"))
    expected = _render(folder)
    kept = tmp_path / "none" / "templates"
    for file in kept.iterdir():  # every file cut short or overwritten with other bytes
        data = file.read_bytes()
        file.write_bytes(data[: len(data) // 2] if file.suffix == ".cache" else b'{"key": 1, "blocks": [')
    compiles.clear()
    assert _render(folder) == expected and compiles
    compiles.clear()
    assert _render(folder) == expected and not compiles  # what was damaged was written anew
    # a meta file of the right key but wrong shapes is not trusted
    for meta in kept.glob("kesu-template-*.json"):
        text = meta.read_text(encoding="utf-8")
        meta.write_text(text.replace('"parts": {', '"parts": {"x": {"blocks": "y"}, '), encoding="utf-8")
    compiles.clear()
    assert _render(folder) == expected and compiles
    # KESU_CACHE naming a file: no folder can be made there
    (tmp_path / "a-file").write_bytes(b"")
    monkeypatch.setenv("KESU_CACHE", str(tmp_path / "a-file"))
    assert _render(folder) == expected


def test_two_jobs_workers_take_the_parts_a_run_before_compiled_and_write_the_same(tmp_path):
    """``kesu render --jobs 2`` twice over the same inbox: the first run's workers keep what
    they compile; the second's find it (no file of the cache is written again: Jinja writes
    one only for code it was given to keep) and write the same documents byte for byte."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for i in range(12):
        write_json(inbox / f"c{i:02d}.json", hostile_complaint(order_no=f"SO-{i}"))
    env = {**os.environ, "KESU_CACHE": str(tmp_path / "cache"), "KESU_LANG": "en"}
    made, kept = [], []
    for run in ("first", "second"):
        out = tmp_path / run
        done = subprocess.run(
            [sys.executable, "-m", "kesu_docs", "render", str(inbox), "-o", str(out)]
            + ["--db", str(tmp_path / f"{run}.db"), "--jobs", "2"],
            capture_output=True,
            text=True,
            env=env,
            timeout=300,
        )
        assert done.returncode == 0, done.stderr[-2000:]
        made.append({p.name: p.read_bytes() for p in sorted(out.iterdir())})
        kept.append({p.name: p.stat().st_mtime_ns for p in (tmp_path / "cache" / "templates").iterdir()})
    assert made[1] == made[0] and len(made[0]) == 12
    assert kept[0] and kept[1] == kept[0]


def _outcome(folder: Path) -> bytes | str:
    try:
        return _render(folder)
    except TemplateError as exc:
        return str(exc)


def test_the_same_parts_compiled_once_per_copy_and_once_not_are_each_given_their_own(tmp_path, monkeypatch):
    """Two templates with the same tagged parts, one whose header is printed once a copy and one
    whose relationships leave it out (so it is compiled once a document): the second is never
    given the first's code — it does with the shared cache what it does with a cache of its
    own (here: says its header reads a copy it is not given)."""
    per_copy = _folder(tmp_path)
    plain = tmp_path / "plain"
    shutil.copytree(per_copy, plain)
    # (the header's relationship no header's: its part kept, compiled once a document — a link
    # to a part the file lacks, as this test first made it, is refused before anything: attack29)
    _edit(
        plain / TEMPLATE,
        'relationships/header" Target',
        'relationships/image" Target',
        "word/_rels/document.xml.rels",
    )
    monkeypatch.setenv("KESU_CACHE", str(tmp_path / "fresh"))
    expected = _outcome(plain)
    assert "copy" in str(expected)
    monkeypatch.setenv("KESU_CACHE", str(tmp_path / "fresh-too"))
    first = _render(per_copy)
    monkeypatch.setenv("KESU_CACHE", str(tmp_path / "shared"))
    for _ in range(2):  # each loaded twice, one after the other, whatever the other kept
        assert _outcome(plain) == expected
        assert _render(per_copy) == first
        assert _render(per_copy) == first


# --- the cache folder and its files are trusted only when private (fixa26) ---


def _plant(kept: Path, folder: Path) -> None:
    """Overwrite the document part's file of Jinja's cache in ``kept`` with code of another
    source printing ``PLANTED`` (what someone who can write in the folder could do: the file
    names and checksums follow from the template), its checksum the real source's."""
    import hashlib
    import marshal
    import pickle

    from jinja2.bccache import Bucket, bc_magic

    template_module._CACHE.clear()
    source = template_module.load(folder / TEMPLATE).sources["word/document.xml"]
    checksum = hashlib.sha1(source.encode("utf-8")).hexdigest()
    made: list = []
    template_module.compile_part(
        source.replace("{{ rec.customer }}", "PLANTED{{ rec.customer }}", 1),
        stored=lambda c, n: made.append(c),
    )
    for file in kept.glob("__jinja2_*.cache"):
        data = file.read_bytes()
        if pickle.loads(data[len(bc_magic) :]) == checksum:
            bucket = Bucket(template_module.ENV, "", checksum)
            bucket.code = made[0]
            file.write_bytes(bucket.bytecode_to_string())
            assert marshal.dumps(made[0]) in file.read_bytes()
            return
    raise AssertionError("no cache file of the document part")


def _planted(docx: bytes) -> bool:
    return "PLANTED" in zipfile.ZipFile(io.BytesIO(docx)).read("word/document.xml").decode()


def test_a_cache_folder_others_can_write_in_is_never_used_and_the_documents_are_right(
    tmp_path, monkeypatch, compiles
):
    folder = _folder(tmp_path)
    monkeypatch.setenv("KESU_CACHE", str(tmp_path / "fresh"))
    expected = _render(folder)
    assert (tmp_path / "fresh" / "templates").stat().st_mode & 0o777 == 0o700  # made private
    shared = tmp_path / "shared" / "templates"
    shared.mkdir(parents=True)
    shared.chmod(0o775)  # group-writable (a team's shared folder)
    monkeypatch.setenv("KESU_CACHE", str(tmp_path / "shared"))
    for _ in range(2):
        compiles.clear()
        assert _render(folder) == expected and compiles  # compiled each time: nothing kept there
    assert not list(shared.iterdir())
    # a symlink to a private folder of one's own is not used either (it may be swapped)
    real = tmp_path / "real"
    real.mkdir(mode=0o700)
    (tmp_path / "linked").mkdir()
    (tmp_path / "linked" / "templates").symlink_to(real)
    monkeypatch.setenv("KESU_CACHE", str(tmp_path / "linked"))
    assert _render(folder) == expected and not list(real.iterdir())
    # another user's folder (chown needs root)
    if os.geteuid() == 0:
        foreign = tmp_path / "foreign" / "templates"
        foreign.mkdir(parents=True, mode=0o700)
        os.chown(foreign, 4321, 4321)
        monkeypatch.setenv("KESU_CACHE", str(tmp_path / "foreign"))
        assert _render(folder) == expected and not list(foreign.iterdir())


def test_a_planted_cache_file_is_never_loaded_from_an_unsafe_folder_or_when_others_can_write_it(
    tmp_path, monkeypatch, compiles
):
    folder = _folder(tmp_path)
    monkeypatch.setenv("KESU_CACHE", str(tmp_path / "cache"))
    expected = _render(folder)
    kept = tmp_path / "cache" / "templates"
    _plant(kept, folder)
    assert _planted(_render(folder))  # the plant works: a private folder's own file is trusted
    kept.chmod(0o777)  # anyone could have planted it
    assert _render(folder) == expected
    kept.chmod(0o700)  # (nothing was written there: the plant is still in place)
    for file in kept.glob("__jinja2_*.cache"):
        file.chmod(0o666)  # the folder private, the file writable by others
    assert _render(folder) == expected
    for file in kept.iterdir():
        file.chmod(0o622)  # and the metadata beside it: not read either
    compiles.clear()
    assert _render(folder) == expected and compiles


def test_metadata_kept_for_another_rewrite_of_the_document_is_not_used(tmp_path, monkeypatch):
    """A kesu whose rewrite of document.xml (copy_parts) differs from the one that kept the
    metadata: the same template sources, so the same cache key, but the part compiled from
    another final source — here one Jinja block wrapping it, so no copy-invariant block made.
    Its code and metadata are compiled and kept anew, never the old block count with new code."""
    from kesu_docs.render.copy_parts import CopyParts

    folder = _folder(tmp_path)
    monkeypatch.setenv("KESU_CACHE", str(tmp_path / "cache"))
    _render(folder)  # kept with the shipped rewrite
    rewrite = CopyParts.document_source

    def other(self, xml):
        head, _, body = rewrite(self, xml).partition("?>")
        return head + "?>{% block whole %}" + body + "{% endblock %}"

    monkeypatch.setattr(CopyParts, "document_source", other)
    monkeypatch.setenv("KESU_CACHE", str(tmp_path / "fresh"))
    expected = _render(folder)
    monkeypatch.setenv("KESU_CACHE", str(tmp_path / "cache"))
    for _ in range(3):  # compiled and kept, then taken from the cache: the same documents
        assert _render(folder) == expected


def test_a_font_planted_in_an_unsafe_fonts_folder_is_never_read(tmp_path, monkeypatch):
    from kesu_docs.blank import pdf

    monkeypatch.setenv("KESU_CACHE", str(tmp_path / "cache"))
    expected = pdf._subset("客诉")
    fonts = tmp_path / "cache" / "fonts"
    [kept] = fonts.glob("cjk-*.otf")
    kept.write_bytes(b"planted")
    assert pdf._subset("客诉") == b"planted"  # a private folder's own file is trusted
    fonts.chmod(0o777)
    made = pdf._subset("客诉")  # made again (its head's time stamp aside, the same font)
    assert made != b"planted" and made[:4] == expected[:4] and len(made) == len(expected)
    assert kept.read_bytes() == b"planted"  # and nothing written there
    fonts.chmod(0o700)
    kept.chmod(0o666)
    made = pdf._subset("客诉")
    assert made != b"planted" and made[:4] == expected[:4] and len(made) == len(expected)


@pytest.fixture
def checks(monkeypatch):
    """How many times a template's parts were cleaned of Word's run splitting (``tags.clean``)
    and looked through for what they fetch (``_fetched_outside``): counted, not changed."""
    made: list[str] = []
    from kesu_docs.render import tags

    clean, fetched = tags.clean, template_file._fetched_outside

    def cleaned(xml):
        made.append("clean")
        return clean(xml)

    def looked(members):
        made.append("fetched")
        return fetched(members)

    monkeypatch.setattr(tags, "clean", cleaned)
    monkeypatch.setattr(template_file, "_fetched_outside", looked)
    return made


def test_a_template_loaded_again_is_neither_cleaned_nor_checked_again_and_renders_the_same(
    tmp_path, monkeypatch, checks
):
    """jobs28: each ``--jobs`` worker, and each run, cleaned the complaint template's tags with
    their regular expressions and parsed its parts' XML for what they fetch (≈ 4 of the 5.8 ms
    a load). What they gave is kept beside the compiled parts, keyed by the members as stored."""
    folder = _folder(tmp_path)
    monkeypatch.setenv("KESU_CACHE", str(tmp_path / "cache"))
    first = _render(folder)
    assert "clean" in checks and "fetched" in checks
    assert list((tmp_path / "cache" / "templates").glob("kesu-checked-*.json"))
    checks.clear()
    assert _render(folder) == first
    assert not checks
    # an edited template is cleaned and checked anew, and prints its edit
    _edit(folder / TEMPLATE, "{{ rec.customer }}", "{{ rec.customer }}（已核）")
    after = _render(folder)
    assert "clean" in checks and "fetched" in checks and after != first
    # a kept file of the right key but the wrong shapes is not trusted
    for kept in (tmp_path / "cache" / "templates").glob("kesu-checked-*.json"):
        text = kept.read_text(encoding="utf-8")
        kept.write_text(text.replace('"sources": {', '"sources": {"x": 1, '), encoding="utf-8")
    checks.clear()
    assert _render(folder) == after and "clean" in checks


def test_a_template_with_a_local_attached_template_kept_checked_still_drops_it(tmp_path, monkeypatch, checks):
    """What the check found to drop (an attached template on the clerk's own disk) is kept
    too: the second load, from the cache, drops it from the copies as the first did."""
    rels = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    folder = _folder(tmp_path)
    path = folder / TEMPLATE
    with zipfile.ZipFile(path) as archive:
        members = [(info, archive.read(info)) for info in archive.infolist()]
    local = r"file:///C:\Users\li\Templates\Company.dotm"
    rel = (
        f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId9" Type="{rels}/attachedTemplate" Target="{local}" TargetMode="External"/>'
        "</Relationships>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in members:
            if info.filename != "word/_rels/settings.xml.rels":
                archive.writestr(info, data)
        archive.writestr("word/_rels/settings.xml.rels", rel)
    monkeypatch.setenv("KESU_CACHE", str(tmp_path / "cache"))
    first = _render(folder)
    checks.clear()
    again = _render(folder)
    assert not checks and again == first
    assert b"Company.dotm" not in zipfile.ZipFile(io.BytesIO(again)).read("word/_rels/settings.xml.rels")
