"""A template's copy-invariant runs, rendered once a document (kesu_docs/render/invariant.py).

What the loop over the copies prints the same for every copy is moved into a block and
rendered once; these tests hold that the bytes are Jinja's own, for the shipped templates
and for templates whose loop bodies must stay as they are.
"""

from __future__ import annotations

import jinja2
import pytest
from jinja2 import nodes
from markupsafe import Markup

from kesu_docs import forms
from kesu_docs.render import Renderer
from kesu_docs.render import template as template_module
from kesu_docs.render.invariant import hoist
from kesu_docs.render.template import ENV, compile_part


def _as_written(source: str, context: dict) -> bytes:
    return ENV.from_string(source).render(context).encode("utf-8")


def _hoisted(source: str) -> int:
    return len(hoist(ENV.parse(source)))


COPIES = (
    {"label": "第一联", "part": ""},
    {"label": "第二联", "part": "_copy2"},
    {"label": "第三联", "part": "_copy3"},
)
REC = {"customer": Markup("A&amp;B"), "rows": [{"x": 1}, {"x": 2}], "flag": True, "n": 3}


@pytest.mark.parametrize(
    "body",
    [
        "<a>{{ rec.customer }}</a><b>{{ copy.label }}</b>",
        "{% for row in rec.rows %}<r>{{ loop.index }} {{ row.x }}</r>{% endfor %}<c>{{ copy.label }}</c>",
        "{% if rec.flag %}<f>{{ rec.customer|upper }}</f>{% endif %}{% for i in range(rec.n) %}<e/>{% endfor %}",
        "<p>{{ loop.index }}{{ rec.customer }}</p>{% set seen = copy.label %}<q>{{ seen }}</q>",
        "<x>{{ rec.rows|random }}</x><y>{{ rec.customer }}</y>",
        "<x>{{ rec.customer ~ '<' }}</x>{% if copy.label == '第二联' %}<two/>{% endif %}{{ rec.customer }}",
    ],
)
def test_a_loop_over_the_copies_prints_what_jinja_prints(body):
    source = "<doc>{% for copy in copies %}" + body + "{% endfor %}</doc>"
    context = {"copies": COPIES, "rec": REC}
    if "random" in body:  # what random picks cannot be compared: only that it stays per copy
        assert _hoisted(source) == 1  # the <y> run alone
        return
    assert compile_part(source).render(context) == _as_written(source, context)


def test_the_shipped_templates_print_what_jinja_prints_for_every_status():
    from hostile import complaint

    from kesu_docs.validation import build

    values = complaint(customer="A&B <Ltd>\n{{ 7*7 }}", description="第一行\n第二行\t制表")
    values.pop("kind", None)
    record, problems = build(forms.get("complaint"), values)
    assert not problems
    renderer = Renderer()
    for spec in forms.all_specs():
        template = renderer.template(spec)
        assert "word/document.xml" in template.sources, spec.kind
        assert template._parts["word/document.xml"].blocks, spec.kind  # each loop over copies has runs moved
        rec = record if spec.kind == "complaint" else spec.model.model_construct()
        for status in ("issued", "void", "reprint"):
            context = renderer.context(rec, number="202609001", status=status, void_reason="重复")
            context = {**context, "copy": context["copies"][-1]}
            for name, part in template._parts.items():
                expected = ENV.from_string(template.sources[name]).render(context)
                assert part.render(context) == expected.encode("utf-8"), (spec.kind, status, name)


@pytest.mark.parametrize(
    "body",
    [
        "<b>{{ copy.label }}</b>",  # reads the copy
        "<b>{{ loop.index }}</b>",  # the loop's own
        "<b>{{ rec.rows|random }}</b>",  # a filter with a side of its own
        "<b>{{ lipsum(1) }}</b>",  # a call that is not pure
        "<b>{{ outer }}</b>",  # bound by an enclosing loop
        "{% set x = rec.customer %}<b>{{ x }}</b>",  # an assignment
        "<b>{{ rec.customer }}</b>{% set rec = copy %}",  # rec is re-bound in the template
    ],
)
def test_what_may_differ_between_copies_stays_in_the_loop(body):
    source = "{% for outer in [1] %}{% for copy in copies %}" + body + "{% endfor %}{% endfor %}"
    assert _hoisted(source) == 0


def test_a_template_with_blocks_or_macros_is_left_to_jinja():
    loop = "{% for copy in copies %}<b>{{ rec.customer }}</b>{% endfor %}"
    assert _hoisted(loop) == 1
    assert _hoisted("{% macro m() %}x{% endmacro %}" + loop) == 0
    assert _hoisted("{% block b %}{% endblock %}" + loop) == 0
    assert _hoisted("{% autoescape false %}" + loop + "{% endautoescape %}") == 0


class _Counted:
    """A record whose field counts how often a template reads it."""

    def __init__(self) -> None:
        self.reads = 0

    @property
    def customer(self) -> str:
        self.reads += 1
        return "A&B"


def test_a_run_is_evaluated_once_a_document_where_the_first_copy_reaches_it():
    source = "{% for copy in copies %}<c>{{ copy.label }}</c><v>{{ rec.customer }}</v>{% endfor %}"
    rec = _Counted()
    data = compile_part(source).render({"copies": COPIES, "rec": rec})
    assert rec.reads == 1
    assert data.count(b"<v>A&amp;B</v>") == 3
    assert data == _as_written(source, {"copies": COPIES, "rec": _Counted()})


def test_no_copy_no_evaluation_and_a_misspelt_name_still_named():
    source = "{% for copy in copies %}<v>{{ rec.nothing_here }}</v>{% endfor %}"
    part = compile_part(source)
    assert part.render({"copies": (), "rec": REC}) == b""  # as Jinja: the loop body never runs
    with pytest.raises(jinja2.UndefinedError, match="nothing_here"):
        part.render({"copies": COPIES, "rec": template_module.Printed(customer="x")})


def test_the_marker_cannot_come_from_a_value():
    """A marker holds a NUL, which no printed value (display.markup drops it) and no XML holds."""
    tree = ENV.parse("{% for copy in copies %}<v>{{ rec.customer }}</v>{% endfor %}")
    (made,) = hoist(tree)
    assert "\x00" in made.marker
    assert any(isinstance(n, nodes.Block) for n in tree.find_all(nodes.Block))
