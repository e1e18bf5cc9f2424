"""The review of branch reader34 mended (issue 10: never a silent misread, general rules).

- **An aside joins its clause only to a negation cut off from its verb**: ``We did not,
  however, fit the guard on line 2 too`` is no deployment, but ``No recurrence found, however,
  gauge also fitted on line 2`` is one — its negation governs the clause it ends, as with no aside.

Workbooks built here with openpyxl; values and wording of our own.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import landscape_book, read_doc


# ------------------------------------------------ D7: an aside after a whole negated clause
@pytest.mark.parametrize(
    ("text", "elsewhere"),
    [
        ("No recurrence found, however, gauge also fitted on line 2.", True),
        ("None found, in fact, the stop pin was also added on press 4.", True),
        ("未发现不良，但是，也在3号线导入防错治具。", True),
        ("Aucun défaut trouvé, cependant, détrompeur installé aussi sur la ligne 2.", True),
        # a negation whose verb comes after the aside still governs it
        ("We have not yet, however, fitted the guard on line 2 too.", False),
    ],
)
def test_an_aside_after_a_whole_negated_clause_ends_it(text: str, elsewhere: bool) -> None:
    from kesu_docs.parse.value_cues import TEXT_SUBJECTS

    assert bool(TEXT_SUBJECTS["prevention.horizontal_deployment"].search(text)) is elsewhere


def test_a_d7_deployment_after_an_aside_is_read_so(tmp_path: Path) -> None:
    text = "No recurrence found, however, gauge also fitted on line 2."
    rows: list[list[Any]] = [
        ["8D REPORT"],
        ["Report No.", "8D-KR-2612-031", "Opened", "2026-12-01"],
        ["Customer", "Kestrel Rail Parts", "Part No.", "KR-BSH-4410"],
        ["D2 Problem", "Bushing bore oversize, 22 pcs."],
        ["D4 Root cause", "Reamer worn past its regrind limit."],
        ["D5 Corrective action", "Reamer replaced, bore gauged every hour."],
        ["D7 Prevention", text],
        ["D8 Closed", "2026-12-18"],
    ]
    path = landscape_book(tmp_path / "8d.xlsx", rows, {"A": 20, "B": 60, "C": 14, "D": 20})
    prevention = read_doc(path, "8d")["record"]["prevention"]
    assert prevention["horizontal_deployment"] == text, prevention


# ------------------------------------------------ a Step 1 … Step 10 list under a D-numbered heading
def test_a_step_list_under_d_headings_is_no_heading() -> None:
    """An 8D headed D1 … D8 whose D5 lists a work instruction's ten steps: ``Step 1 Deburr`` is
    the step's text, not a heading to be read by its name (before: each line renamed and made
    a label, D5's text cut)."""
    from kesu_docs.parse.boxes import Box
    from kesu_docs.parse.steps import counted_steps

    texts = ["D4 Root cause", "Tool worn", "D5 Corrective action"]
    texts += [
        f"Step {n} {w}" for n, w in enumerate("Deburr Wash Dry Gauge Oil Wrap Label Box Seal Ship".split(), 1)
    ]
    boxes = [Box(t, t, 0.0, 20.0 * i, 100.0, 20.0 * i + 10, f"A{i + 1}") for i, t in enumerate(texts)]
    assert counted_steps(boxes) == boxes
    assert [b.text for b in counted_steps(boxes[3:])][0] == "Deburr"  # (with no D heading: read so)
