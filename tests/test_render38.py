"""What round 38 cut from a render (issue 15), each cut printing the same bytes as before: one
Jinja context for every copy of a per-copy part, a part reusing its bytes when it reads the
very values of its last render, a zip member's local entry packed once with its bytes, a for
loop's counters read without the sandbox's generic checks."""

from __future__ import annotations

import io
import struct
import zipfile

import jinja2
import pytest
from hostile import complaint

from kesu_docs import forms
from kesu_docs.render import Renderer
from kesu_docs.render import template as template_module
from kesu_docs.render.display import Printed, value_of
from kesu_docs.render.package import Member, write_zip
from kesu_docs.validation import build

# a header printing its copy, with a top-level {% set %} only the first copy makes
HEADER = (
    "<w:hdr>{% if copy.ordinal == 1 %}{% set first = 'F' %}{% endif %}"
    "<w:t>{{ number }}</w:t><w:t>{{ copy.label }}</w:t><w:t>{{ first | default('-') }}</w:t>"
    "{% for mark in marks %}<w:t>{{ mark }}{{ loop.index }}/{{ loop.length }}</w:t>{% endfor %}</w:hdr>"
)


@pytest.fixture(scope="module")
def sheet() -> tuple:
    spec = forms.get("complaint")
    values = complaint(customer="A&B <Ltd>")
    values.pop("kind", None)
    record, problems = build(spec, values)
    assert not problems
    renderer = Renderer()
    return renderer.template(spec), renderer.context(record, number="202609001")


def _counting_contexts(part: template_module._Part, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    made = [0]
    new_context = part.template.new_context

    def counted(*args, **kwargs):
        made[0] += 1
        return new_context(*args, **kwargs)

    monkeypatch.setattr(part.template, "new_context", counted)
    return made


def test_every_copy_of_a_per_copy_part_is_rendered_in_one_context_as_each_alone(sheet, monkeypatch):
    """The copies' bytes are those of a render of each copy alone (what the first copy's
    ``{% set %}`` made is gone at the second), from one Jinja context a document."""
    _, context = sheet
    part = template_module.compile_part(HEADER, per_copy=True)
    alone = [part.render({**context, "copy": copy}) for copy in context["copies"]]
    made = _counting_contexts(part, monkeypatch)
    together = part.render_copies(context, list(context["copies"]))
    assert together == alone
    assert made[0] == 1
    assert b"<w:t>F</w:t>" in together[0] and b"<w:t>-</w:t>" in together[1]
    assert "copy" not in context  # the caller's dict is never the one changed


def test_a_documents_headers_are_its_copies_rendered_alone(sheet):
    """Through the shipped complaint sheet: each copy's header in the DOCX is the header
    rendered for that copy alone, and the document's five headers cost one context."""
    template, context = sheet
    data = template.render(context)
    part = template._parts["word/header1.xml"]
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = sorted(n for n in archive.namelist() if n.startswith("word/header1"))
        assert len(names) == len(context["copies"])
        for index, copy in enumerate(context["copies"]):
            name = "word/header1.xml" if index == 0 else f"word/header1_copy{index + 1}.xml"
            assert archive.read(name) == part.render({**context, "copy": copy})


def test_a_part_reading_the_same_values_reuses_its_bytes_and_no_other(sheet, monkeypatch):
    _, context = sheet
    part = template_module.compile_part("<w:ftr><w:t>{{ form.form_code }}</w:t></w:ftr>")
    part.read_only({"form"})
    first = part.render(context)
    made = _counting_contexts(part, monkeypatch)
    assert part.render({**context, "number": value_of("other")}) is first  # reads only form
    assert made[0] == 0
    other_form = Printed(**{**context["form"].__dict__, "form_code": value_of("QR-99")})
    assert b"QR-99" in part.render({**context, "form": other_form})  # another object: rendered
    assert made[0] == 1
    assert part.render(context) == first


def test_a_part_reading_a_copy_or_jinjas_functions_is_always_rendered(sheet, monkeypatch):
    _, context = sheet
    random_text = template_module.compile_part("<w:t>{{ lipsum(1, False, 3, 6) }}</w:t>")
    random_text.read_only({"lipsum"})  # not the context's: never reused
    copied = template_module.compile_part("<w:t>{{ copy.label }}</w:t>", per_copy=True)
    copied.read_only({"copy"})
    assert copied.reads is None
    made = _counting_contexts(random_text, monkeypatch)
    random_text.render(context)
    random_text.render(context)
    assert made[0] == 2


def test_the_shipped_footer_is_known_to_read_only_the_form(sheet):
    template, _ = sheet
    assert template._parts["word/footer1.xml"].reads == ("form",)
    assert template._parts["word/header1.xml"].reads is None  # it prints its copy


def test_a_members_local_entry_is_packed_once_with_its_bytes_as_zip_writes_it():
    """The local entry (header, name, stored bytes) is one bytes object kept in the member;
    the zip is byte for byte the layout of the zip format's own fields."""
    member = Member.deflated("word/中文.xml", "<w:t>样式</w:t>".encode() * 50)
    local, entry, name = member.headers
    assert member.headers[0] is local and local.endswith(member.data)
    expected_local = struct.pack(
        "<IHHHHHIIIHH",
        0x04034B50,
        20,
        0x800,
        8,
        0,
        33,
        member.crc,
        len(member.data),
        member.size,
        len(name),
        0,
    )
    assert local == expected_local + name + member.data
    assert entry == struct.pack(
        "<IHHHHHHIIIHHHHHI",
        0x02014B50,
        20,
        20,
        0x800,
        8,
        0,
        33,
        member.crc,
        len(member.data),
        member.size,
        len(name),
        0,
        0,
        0,
        0,
        0,
    )
    with zipfile.ZipFile(io.BytesIO(write_zip([Member.deflated("a.xml", b"<a/>"), member]))) as archive:
        assert archive.testzip() is None
        assert archive.read("word/中文.xml") == member.content()


def test_a_loops_counters_skip_the_sandboxs_checks_and_nothing_else_does(monkeypatch):
    env = template_module.ENV
    checked: list[str] = []
    is_safe = env.is_safe_attribute

    def counted(obj, attr, value):
        checked.append(attr)
        return is_safe(obj, attr, value)

    monkeypatch.setattr(env, "is_safe_attribute", counted)
    out = env.from_string(
        "{% for x in xs %}{{ loop.index }}{{ loop.last }}{{ loop.cycle('a', 'b') }}{% endfor %}"
    ).render(xs=[1, 2])
    assert out == "1Falsea2Trueb"
    assert checked == ["cycle", "cycle"]
    with pytest.raises(jinja2.exceptions.SecurityError):
        env.from_string("{% for x in xs %}{{ loop._after }}{% endfor %}").render(xs=[1])
