"""Where a document may be written (render/outputs.py): inside the output folder, never over a
template, with the templates' names worked out once for a batch (ninth round)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from kesu_docs import forms
from kesu_docs.render.outputs import UnsafeOutput, output_path, templates_of

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def templates(tmp_path):
    folder = tmp_path / "templates"
    shutil.copytree(ROOT / "templates", folder, ignore=shutil.ignore_patterns("src"))
    return folder


def test_the_templates_of_a_folder_are_worked_out_once_and_hold_every_forms_template(templates):
    first = templates_of(templates)
    assert templates_of(templates) is first  # once per batch, not once per document
    expected = {(templates / (s.template or f"{s.kind}.docx")).resolve() for s in forms.all_specs()}
    assert set(first.files) == expected
    assert first.names == {os.path.normcase(p.name) for p in expected}
    assert (templates / "complaint.docx").resolve() in first


def test_a_document_named_as_a_template_in_the_template_folder_is_refused(templates):
    found = templates_of(templates)
    root = templates.resolve()
    with pytest.raises(UnsafeOutput):
        output_path(templates, "complaint.docx", templates, root=root, templates=found)
    with pytest.raises(UnsafeOutput):  # the same without the batch's look-ups given
        output_path(templates, "complaint.docx", templates)
    # a document's own name there is fine: only a template's file is protected
    assert output_path(templates, "complaint-202609001.docx", templates, root=root, templates=found) == (
        templates / "complaint-202609001.docx"
    )


def test_a_template_name_elsewhere_is_only_a_name(tmp_path, templates):
    out = tmp_path / "out"
    out.mkdir()
    assert output_path(out, "complaint.docx", templates) == out / "complaint.docx"


def test_a_link_planted_under_a_documents_name_that_leads_to_a_template_is_refused(tmp_path, templates):
    out = tmp_path / "out"
    out.mkdir()
    (out / "complaint-202609001.docx").symlink_to(templates / "complaint.docx")
    found = templates_of(templates)
    with pytest.raises(UnsafeOutput):
        output_path(out, "complaint-202609001.docx", templates, root=out.resolve(), templates=found)


@pytest.mark.parametrize("name", ["../x.docx", "a/../../x.docx", "", ".", "..", "a\x00.docx"])
def test_a_name_leaving_the_folder_is_refused(tmp_path, templates, name):
    with pytest.raises(UnsafeOutput):
        output_path(tmp_path, name, templates)
