"""The form description answers its own questions (issue 9): its sections with their fields, its
leaf fields and field paths, and the list of kinds — asked by the blanks, the renderer, the
parser and the CLI of the one description, never typed again."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from kesu_docs import forms
from kesu_docs.cli import cli
from kesu_docs.config import Settings
from kesu_docs.register import Register
from kesu_docs.render.context import FormContext

KINDS = forms.kinds()


@pytest.mark.parametrize("kind", KINDS)
def test_every_field_is_in_exactly_one_section_in_print_order(kind):
    spec = forms.get(kind)
    grouped = spec.grouped()
    keys = [m.key for section in grouped for m in section.fields]
    assert sorted(keys) == sorted(spec.fields) and len(keys) == len(set(keys))
    declared = [key for key, _, _ in spec.sections]
    assert [s.key for s in grouped][: len(declared)] == declared
    # the renderer prints the same sections in the same order
    assert [(k, [*f]) for k, _zh, _en, f in FormContext(spec, Settings()).section_keys] == [
        (s.key, [m.key for m in s.fields]) for s in grouped
    ]


@pytest.mark.parametrize("kind", KINDS)
def test_leaf_fields_and_paths_are_derived_from_the_model(kind):
    spec = forms.get(kind)
    groups = [k for k, m in spec.fields.items() if m.kind == "group"]
    tables = [k for k, m in spec.fields.items() if m.kind == "table"]
    for path in spec.field_paths:
        head = path.split(".")[0].split("[")[0]
        assert head in spec.fields
        assert ("[]." in path) == (head in tables)
        assert ("." in path) == (head in groups or head in tables)
    for key in groups + tables:
        assert key not in spec.field_paths  # a group or table is not itself a value's place


@pytest.mark.parametrize("kind", KINDS)
def test_the_problem_field_is_a_text_of_the_form(kind):
    """The field a form's unlabelled first section tells of is declared by the form model
    (``FormSpec.problem_field``), not by the reader: a text place of the form, or none."""
    spec = forms.get(kind)
    if not spec.problem_field:
        assert kind not in ("complaint", "8d")
        return
    meta = spec.leaf_fields[spec.problem_field]
    assert meta.kind == "text" and meta.required
    assert {forms.get("complaint").problem_field, forms.get("8d").problem_field} == {
        "description",
        "problem.statement",
    }


def test_the_kinds_are_the_form_modules_found_and_every_kind_option_offers_them(tmp_path):
    assert KINDS[:4] == ["complaint", "8d", "return", "allowance"]
    for path in (["validate"], ["register", "list"], ["register", "show"], ["schema"]):
        command = cli
        for name in path:
            command = command.commands[name]  # type: ignore[attr-defined]
        kind = next(p for p in command.params if p.name == "kind")
        assert list(kind.type.choices) == KINDS, path
    db = tmp_path / "kesu.db"
    Register.open(db).close()
    for kind in KINDS:
        result = CliRunner().invoke(cli, ["register", "list", "--db", str(db), "--kind", kind])
        assert result.exit_code == 0, (kind, result.output)
