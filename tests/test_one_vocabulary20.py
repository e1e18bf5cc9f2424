"""One definition of each vocabulary the reader asks in more than one place (issue 10):

- a text that cannot end there (anchor ``_UNFINISHED``): the value going on on the next line
  and a list's lines run on (no entry a cell) ask the same question — a comma, a bracket, a
  slash, a joining word or preposition, a Chinese joiner (和, 以及, 导致);
- a step numbered by its D or by the word Step (vocab :func:`d_numbered`, :func:`step_worded`):
  the Excel reader's sheet of steps asks the 8D discipline vocabulary, no copy of its own.
"""

from __future__ import annotations

import pytest

from kesu_docs.parse.anchor import _UNFINISHED
from kesu_docs.parse.vocab import d_numbered, step_worded


@pytest.mark.parametrize(
    "text",
    [
        "pin worn 0.3 mm,",
        "pin worn 0.3 mm and",
        "caused by the wear of",  # a preposition: the run-on of a wrapped line
        "operator (",
        "crimp height / ",
        "tooling &",
        "re-",  # a word broken at its hyphen
        "端子压接高度不足，以及",
        "模具磨损导致",
        "检具和",
    ],
)
def test_unfinished(text: str):
    assert _UNFINISHED.search(text)


@pytest.mark.parametrize(
    "text",
    ["WH-2231-K", "Brand", "Pin worn 0.3 mm.", "Operator training done", "Plan A", "In", "端子压接高度不足"],
)
def test_finished(text: str):
    assert not _UNFINISHED.search(text)


@pytest.mark.parametrize(
    ("text", "d", "step"),
    [
        ("D4", True, False),
        ("D4-5", True, False),
        ("D4 - 5 Why's", True, False),
        ("8D-4 Root Cause", True, False),
        ("Containment [D3]", True, False),
        ("STEP 1 : Define the problem", False, True),
        ("Step4 Root cause", False, True),
        ("(Step 2) Team", False, True),
        ("Steps to follow", False, False),
        ("Stepwise plan", False, False),
        ("Root cause", False, False),
    ],
)
def test_numbered_by_d_or_by_step(text: str, d: bool, step: bool):
    assert (d_numbered(text), step_worded(text)) == (d, step)
