"""A hostile sender and a hurried clerk, second round (issue 10, "Bad input"): attacks that
tests/test_hostile_inputs.py, test_batch_safety.py, test_interrupts.py and test_web_safety.py
do not make. Every file is built here, in tmp_path; the CLI runs as a clerk runs it."""

from __future__ import annotations

import csv
import io
import json
import random
from pathlib import Path

import pytest
from helpers import kesu
from hostile import _pdf, complaint, write_json

RAW_PYTHON = ("Traceback", "Error:", "ParseError", "XmlError")


def parsed(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.startswith("{")]


def codes(doc: dict) -> list[str]:
    return [p["code"] for p in doc["errors"]]


# ---------------------------------------------------------------------------------- CSV injection
INJECTIONS = [
    "=cmd|' /C calc'!A0",
    "@SUM(1,1)",
    "-2+3",
    "+1+1",
    '=HYPERLINK("http://evil.example/x","点我")',
    "%0A=1+1",
    "|calc",
]


@pytest.mark.parametrize("form", ["csv", "tsv"])
def test_register_list_as_csv_or_tsv_quotes_a_customer_that_starts_like_a_formula(form, tmp_path):
    """`kesu register list --format csv > 登记簿.csv` is opened in Excel: no customer's name may
    run there as a formula (CSV injection); a plain name stays as it was."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    names = [*INJECTIONS, "华东精密", "-华东"]
    for i, name in enumerate(names):
        write_json(inbox / f"c{i}.json", complaint(customer=name, order_no=f"SO-{i}"))
    db = tmp_path / "kesu.db"
    assert kesu("render", inbox, "-o", tmp_path / "out", "--db", db).exit_code == 0
    listed = kesu("register", "list", "--format", form, "--db", db, "--lang", "en")
    assert listed.exit_code == 0, listed.output
    rows = list(csv.reader(io.StringIO(listed.output), delimiter="," if form == "csv" else "\t"))
    column = rows[0].index("Customer")
    customers = [row[column] for row in rows[1:]]
    assert sorted(customers) == sorted(["'" + n for n in INJECTIONS] + ["华东精密", "'-华东"])
    for text in customers:  # what a spreadsheet would take for a formula: none
        assert not text.startswith(("=", "+", "-", "@", "|", "%")), text


def test_a_signed_figure_in_a_csv_line_stays_a_number():
    from kesu_docs.xlsxtext import plain_text

    assert [plain_text(v) for v in ("-12.50", "+3", "-5%", "1,200", "-2+3", "=1")] == [
        "-12.50",
        "+3",
        "-5%",
        "1,200",
        "'-2+3",
        "'=1",
    ]


# ---------------------------------------------------------------------------------- PDF text layers
def glyph_pdf(path: Path, lines: int = 30) -> Path:
    """A page whose text is glyph numbers (a font with no ToUnicode map: what PDFium extracts
    from such a print is control characters, as from a real one)."""
    rng = random.Random(7)
    ops = []
    for i in range(lines):
        run = bytes(rng.choice(b"\x03\x05\x0e\x11\x13\x14\x15\x17\x1a") for _ in range(12))
        ops.append(b"BT /F1 12 Tf 50 %d Td (%s) Tj ET" % (800 - 20 * i, run))
    content = b"\n".join(ops)
    path.write_bytes(
        _pdf(
            [
                b"<< /Type /Catalog /Pages 2 0 R >>",
                b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                b"/Resources << /Font << /F1 5 0 R >> >> >>",
                b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
                b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            ]
        )
    )
    return path


@pytest.mark.parametrize(
    ("lang", "words"), [("zh", ("文字层无法解码", "OCR")), ("en", ("cannot be decoded",))]
)
def test_a_pdf_whose_fonts_have_no_unicode_map_is_said_so_not_quoted_as_labels(lang, words, tmp_path):
    pdf = glyph_pdf(tmp_path / "供应商回复.pdf")
    result = kesu("parse", pdf, "--lang", lang)
    assert result.exit_code == 2
    [doc] = parsed(result.output)
    [error] = doc["errors"]
    assert error["code"] == "garbled_text_layer"
    for word in words:
        assert word in error["message"]
    assert not any(0 < ord(ch) < 32 for ch in error["message"])  # no glyph number quoted
