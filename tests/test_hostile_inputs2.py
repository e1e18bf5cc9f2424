"""A hostile sender and a hurried clerk, second round (issue 10, "Bad input"): attacks that
tests/test_hostile_inputs.py, test_batch_safety.py, test_interrupts.py and test_web_safety.py
do not make. Every file is built here, in tmp_path; the CLI runs as a clerk runs it."""

from __future__ import annotations

import csv
import io
import json

import pytest
from helpers import kesu
from hostile import complaint, write_json

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
