"""Reader items left open by round 39 (owner40), each rule on a small file made here.

A. A step table printed without borders (a QMS export: ``Step | Type | Description | Owner``):
   the text read beside a step's name (``Corrective action``) ends where the next column's
   header begins — the owner ``T. Walsh`` a cell's padding after the description is the Owner
   column's value, never the action's last words (read so, silently, before:
   ``… weekly. T. Walsh``). :func:`.table_lines.until_next_column`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fpdf import FPDF

from tests.helpers import field_codes, read_doc

# ---------------------------------------------------------------------------------- A. borderless step table
_STEPS = (
    ("D2", "Problem", "Seal rings cut at the lip, 1,200 pcs in stock."),
    ("D3", "Containment", "All 1,200 pcs sorted at our dock."),
    ("D4", "Root cause", "Assembly jig edge sharp after 40,000 cycles."),
    ("D5", "Corrective action", "Jig edge rounded to R0.5 and checked weekly."),
    ("D6", "Verification", "3 lots assembled with 0 cut rings."),
)
# the columns' left edges (mm): the description fills its column, the owner a padding after it
_STEP_X, _TYPE_X, _TEXT_X = 12.0, 26.0, 62.0


def _step_table(path: Path, header: bool, gap: float = 1.6) -> Path:
    """A borderless step table drawn text by text (no line anywhere): each row's owner starts
    ``gap`` mm after the longest description; with ``header`` the header row over it."""
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    owner_x = _TEXT_X + max(pdf.get_string_width(t) for _s, _t, t in _STEPS) + gap
    y = 30.0
    if header:
        for x, word in ((_STEP_X, "Step"), (_TYPE_X, "Type"), (_TEXT_X, "Description"), (owner_x, "Owner")):
            pdf.text(x, y, word)
    for step, typ, text in _STEPS:
        y += 6.0
        pdf.text(_STEP_X, y, step)
        # the step's name set a little larger than its number (the column's own style): its
        # top stands a hair above the number's, so the name is met first on the line
        pdf.set_font("Helvetica", size=10.5)
        pdf.text(_TYPE_X, y, typ)
        pdf.set_font("Helvetica", size=10)
        # the longest description ends right where the owner's column starts
        pdf.text(_TEXT_X, y, text)
        pdf.text(owner_x, y, "T. Walsh")
    pdf.output(str(path))
    return path


def test_a_borderless_rows_text_ends_where_the_next_columns_header_begins(tmp_path: Path) -> None:
    # before: corrective_actions[0].action read 'Jig edge rounded to R0.5 and checked weekly. T. Walsh'
    # at 0.8 (no warning): the Owner column's value taken as the action's last words
    doc = read_doc(_step_table(tmp_path / "steps.pdf", header=True), "8d")
    actions = doc["record"]["corrective_actions"]
    assert actions and actions[0]["action"] == _STEPS[3][2], actions
    assert doc["record"]["containment"][0]["action"] == _STEPS[1][2]
    assert doc["record"]["root_cause"][0]["cause"] == _STEPS[2][2]


@pytest.mark.parametrize("gap", [1.0, 3.0])
def test_the_owner_beside_is_never_the_actions_text_at_any_padding(tmp_path: Path, gap: float) -> None:
    doc = read_doc(_step_table(tmp_path / "steps.pdf", header=True, gap=gap), "8d")
    for row in doc["record"]["corrective_actions"]:
        assert "Walsh" not in (row["action"] or ""), row


def test_without_a_header_row_no_column_is_told_and_nothing_is_cut_unsaid(tmp_path: Path) -> None:
    # no header over the rows: the reader cannot tell the owner's column from the text's; what it
    # reads beside the step's name is never cut by this rule (no header: no column), and a text
    # read with the owner in it is not passed silently as sure
    doc = read_doc(_step_table(tmp_path / "steps.pdf", header=False), "8d")
    actions = doc["record"]["corrective_actions"] or []
    for k, row in enumerate(actions):
        if row["action"] and "Walsh" in row["action"]:
            assert field_codes(doc, f"corrective_actions[{k}].action"), doc["provenance"]
