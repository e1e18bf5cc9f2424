"""The reader's open misreads round 33 left (issue 10: never a silent misread, general rules),
each read on forms of our own, as Excel and as LibreOffice's PDF print of it where the reader
reads both.

- **D7's clauses are cut at clause boundaries, not at an aside's commas**: ``We did not,
  however, fit the guard on line 2 too`` is no deployment (the negation's clause ran on past
  ``however``); ``No recurrence found, gauge also fitted on line 2`` still is.

Workbooks built here with openpyxl; values and wording of our own.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import book_as, field_codes, landscape_book, read_doc

FORMS = ["xlsx", "pdf"]


# ------------------------------------------------ D7: an aside between commas stays in its clause
@pytest.mark.parametrize(
    ("text", "elsewhere"),
    [
        ("We did not, however, fit the guard on line 2 too.", False),
        ("The gauge was never, in fact, installed on line 3 as well.", False),
        ("Not fitted, therefore, on both presses.", False),
        ("Nous n'avons pas, cependant, installé le détrompeur aussi sur la ligne 2.", False),
        ("我们没有，但是，也在3号线导入防错治具。", False),
        ("防错治具未，因此，也在3号线导入。", False),
        # the other way: an aside in a clause saying no negation, and a comma that does end one
        ("Gauge, however, fitted on line 2 too.", True),
        ("防错治具，因此，也在3号线导入。", True),
        ("No recurrence found, gauge also fitted on line 2.", True),
        ("未发现不良，也在3号线导入防错治具。", True),
    ],
)
def test_a_d7_aside_between_commas_stays_in_its_clause(text: str, elsewhere: bool) -> None:
    from kesu_docs.parse.value_cues import TEXT_SUBJECTS

    assert bool(TEXT_SUBJECTS["prevention.horizontal_deployment"].search(text)) is elsewhere


def _eight_d(tmp_path: Path, d7: str) -> Path:
    rows: list[list[Any]] = [
        ["8D REPORT"],
        ["Report No.", "8D-VL-2611-014", "Opened", "2026-11-02"],
        ["Customer", "Valdor Fittings BV", "Part No.", "VF-CLP-2208"],
        ["D2 Problem", "Clamp burr on the inner edge, 48 pcs."],
        ["D4 Root cause", "Deburring brush worn past its limit."],
        ["D5 Corrective action", "Brush replaced, wear checked every shift."],
        ["D7 Prevention", d7],
        ["D8 Closed", "2026-11-20"],
    ]
    return landscape_book(tmp_path / "8d.xlsx", rows, {"A": 20, "B": 60, "C": 14, "D": 20})


@pytest.mark.parametrize("form", FORMS)
def test_a_d7_negated_across_an_aside_is_no_deployment(tmp_path: Path, form: str) -> None:
    text = "We did not, however, fit the guard on line 2 too."
    prevention = read_doc(book_as(_eight_d(tmp_path, text), form), "8d")["record"]["prevention"]
    assert prevention["horizontal_deployment"] != text, prevention
    assert text in prevention.values(), prevention
