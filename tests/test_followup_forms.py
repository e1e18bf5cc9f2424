"""What the three follow-up forms have in common — the 8D report (QR-047-03), the return note
(QR-047-04) and the sales allowance certificate (QR-047-05): the blank Excel form round-trips, the
Excel samples tell the same case as the JSON ones and survive LibreOffice, and the rendered document
carries every copy with its routing stamp. Each form's own rules are in test_eightd.py,
test_return_note.py and test_allowance.py."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from helpers import SOFFICE, named_cell, needs_soffice, soffice_convert

from kesu_docs import forms
from kesu_docs.parse import parse_paths

SAMPLES = Path(__file__).resolve().parents[1] / "samples"

FORMS = pytest.mark.parametrize(
    "kind",
    [
        pytest.param("8d", id="8d-report"),
        pytest.param("return", id="return-note"),
        pytest.param("allowance", id="allowance-certificate"),
    ],
)


def valid_record(kind: str):
    """The record of the form's valid JSON sample."""
    [result] = parse_paths([SAMPLES / f"{kind}-valid.json"])
    return result.record


@FORMS
def test_blank_filled_and_parsed_gives_the_same_record(tmp_path, kind):
    from kesu_docs.blank.excel import fill_file, write_blank

    spec = forms.get(kind)
    blank = write_blank(spec, tmp_path / "blank.xlsx")
    expected = valid_record(kind)
    filled = fill_file(blank, spec, expected, tmp_path / "filled.xlsx")
    [result] = parse_paths([filled])
    assert result.kind == kind and result.valid, [p.to_dict() for p in result.errors]
    assert result.record.model_dump(mode="json") == expected.model_dump(mode="json")


@FORMS
def test_excel_samples_tell_the_same_case_as_the_json_samples(kind):
    for variant in ("valid", "broken"):
        [xlsx] = parse_paths([SAMPLES / f"{kind}-{variant}.xlsx"])
        [js] = parse_paths([SAMPLES / f"{kind}-{variant}.json"])
        assert xlsx.record.model_dump(mode="json") == js.record.model_dump(mode="json")
        assert [(p.code, p.field) for p in xlsx.errors + xlsx.warnings] == [
            (p.code, p.field) for p in js.errors + js.warnings
        ]


@FORMS
@pytest.mark.libreoffice
@needs_soffice
def test_excel_sample_resaved_by_libreoffice_still_parses(tmp_path, kind):
    resaved = soffice_convert(SAMPLES / f"{kind}-valid.xlsx", "xlsx", tmp_path / "lo")
    [result] = parse_paths([resaved])
    assert result.valid, [p.to_dict() for p in result.errors]
    assert result.record.model_dump(mode="json") == valid_record(kind).model_dump(mode="json")


# ---------------------------------------------------------------------------------- rendering
def _lot_is_printed(whole: str, spec: forms.FormSpec) -> None:
    assert "L260812-03" in whole.replace("\n", "")


def _amount_and_proof_are_printed(whole: str, spec: forms.FormSpec) -> None:
    assert "3,672.00" in whole and "销货退回证明单" in whole.replace("\n", "")


def _total_in_words_is_on_every_copy(whole: str, spec: forms.FormSpec) -> None:
    assert whole.replace("\n", "").count("人民币壹仟壹佰陆拾贰元肆角玖分") == len(spec.copies)


# What of each valid sample must show through to the PDF's text.
PRINTED = {
    "8d": _lot_is_printed,
    "return": _amount_and_proof_are_printed,
    "allowance": _total_in_words_is_on_every_copy,
}


@FORMS
@pytest.mark.libreoffice
@pytest.mark.skipif(
    SOFFICE is None or shutil.which("pdftotext") is None,
    reason="LibreOffice (soffice) and pdftotext (poppler-utils) are needed",
)
def test_rendered_document_has_every_copy_with_its_routing_stamp(tmp_path, kind):
    """Through LibreOffice to PDF and back to text: one routing stamp per page, every copy in order."""
    from kesu_docs.render import Renderer, to_pdf

    spec = forms.get(kind)
    docx = Renderer().render_to(tmp_path / f"{kind}.docx", valid_record(kind), number="202609101")
    [pdf] = to_pdf([docx], tmp_path)
    whole = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = [page for page in whole.split("\f") if page.strip()]
    stamps = []
    for page in pages:
        [ordinal] = set(re.findall(r"第[一二三四五六七八九十]联", page))  # exactly one copy per page
        stamps.append(ordinal)
        assert "202609101" in page and spec.form_code in page
    assert list(dict.fromkeys(stamps)) == [c.ordinal_zh for c in spec.copies]  # every copy, in routing order
    for c in spec.copies:
        assert c.dept in whole
    PRINTED[kind](whole, spec)


# ------------------------------------------------------------------ errors located on the Excel samples
# (sample, errors or warnings, code, field when the code is not enough, defined name, table row)
EXCEL_SAMPLE_FINDINGS = [
    ("8d-broken.xlsx", "warnings", "containment_due_late", "", "kesu.containment.due_date", 0),
    ("8d-broken.xlsx", "errors", "closing_needs_verified_result", "", "kesu.implementation.verified", 0),
    ("8d-broken.xlsx", "warnings", "problem_statement_names_cause", "", "kesu.problem.statement", 0),
    ("8d-broken.xlsx", "errors", "", "corrective_actions[0].due_date", "kesu.corrective_actions.due_date", 0),
    ("return-broken.xlsx", "errors", "line_amount_mismatch", "", "kesu.items.amount", 0),
    ("return-broken.xlsx", "errors", "return_beyond_over_acceptance", "", "kesu.items.qty_returned", 0),
    ("return-broken.xlsx", "warnings", "return_proof_pending", "", "kesu.proof", 0),
    ("allowance-broken.xlsx", "errors", "line_tax_mismatch", "", "kesu.items.tax", 1),
    ("allowance-broken.xlsx", "errors", "total_in_words_invalid", "", "kesu.total_in_words", 0),
    ("allowance-broken.xlsx", "errors", "invoice_after_issue", "", "kesu.invoice_date", 0),
]


@pytest.mark.parametrize("sample, which, code, field, name, row", EXCEL_SAMPLE_FINDINGS)
def test_errors_in_the_excel_samples_point_at_their_cells(sample, which, code, field, name, row):
    path = SAMPLES / sample
    [result] = parse_paths([path])
    found = [p for p in getattr(result, which) if (p.code == code if code else p.field == field)]
    assert len(found) == 1, [(p.code, p.field) for p in result.errors + result.warnings]
    assert found[0].location == named_cell(path, name, row)
