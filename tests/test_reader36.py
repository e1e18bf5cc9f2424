"""Round 35's 8D reader brought back without what it broke (issue 10: never a silent misread).

- **A step's heading over its block's first label in its own script** (``D4 根本原因分析`` over
  ``产生原因``, ``D4 Diagnose Root Cause and Escape Point`` over ``Root Cause:``) is a heading and a
  label, as before reader35: its two lines are one heading in two languages only when their scripts
  differ (``D4 根本原因`` over ``Root cause``) or the upper names nothing we know in a language none
  of our labels speaks (``D4 Parché no visto`` over ``Why not detected``). reader35 joined them and
  lost the label's value (held-out sets 2, 5, 8, holdout: D4's occurrence cause, D5's action row,
  D7's documents).

Workbooks built here with openpyxl, printed by LibreOffice; values and wording of our own.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import book_as, landscape_book, read_doc

HEAD_EN = [
    ["8D REPORT"],
    ["Report No.", "8D-OR-2612-052", "Opened", "2026-12-01"],
    ["Customer", "Orvane Klemmen GmbH", "Part No.", "OK-BRK-4410"],
]


def _print(tmp_path: Path, rows: list[list[Any]]) -> dict[str, Any]:
    path = landscape_book(tmp_path / "8d.xlsx", rows, {"A": 22, "B": 70, "C": 14, "D": 14})
    return read_doc(book_as(path, "pdf"), "8d")


def test_an_english_heading_named_otherwise_over_its_first_label_keeps_the_label(tmp_path: Path) -> None:
    """``D4 Diagnose Root Cause and Escape Point`` (a name we lack, in English) over ``Root Cause:``:
    no language we lack, so no heading's second half."""
    rows: list[list[Any]] = [
        *HEAD_EN,
        ["D2 Describe the Problem"],
        ["Problem Statement:", "Clamp burr on the inner edge, 48 pcs."],
        ["D4 Diagnose Root Cause and Escape Point"],
        ["Root Cause:", "Deburring brush worn past its limit."],
        ["Escape Point:", "Final check by eye only, no gauge."],
        ["D5 Choose and Verify PCAs"],
        ["PCA for Root Cause:", "Brush replaced, wear checked every shift."],
    ]
    causes = {c["type"]: c["cause"] for c in _print(tmp_path, rows)["record"]["root_cause"]}
    assert causes == {
        "occurrence": "Deburring brush worn past its limit.",
        "escape": "Final check by eye only, no gauge.",
    }, causes


@pytest.mark.parametrize(
    ("value", "joined"),
    [
        ("D4 根本原因分析\n产生原因", None),  # one script, both names we know
        ("D7 — Prevent Recurrence\nDocuments updated:", None),
        ("D4 Root Cause — occurrence and escape\nOccurrence", None),  # (a dash is no script)
        ("D4 Diagnose Root Cause and Escape Point\nRoot Cause:", None),  # English we lack
        ("D7 預防再發\n文件修訂：", None),
        # two languages: two scripts, or a language none of our labels speaks
        ("D4 根本原因\nRoot cause", "D4 根本原因 / Root cause"),
        ("D4 流出原因\nWhy not detected", "D4 流出原因 / Why not detected"),
        ("D4 Parché no visto\nWhy not detected", "D4 Parché no visto / Why not detected"),
    ],
)
def test_a_heading_is_in_two_languages_only_in_two_scripts_or_one_we_lack(
    value: str, joined: str | None
) -> None:
    from kesu_docs.parse.steps import stacked_halves

    assert stacked_halves(value) == joined
