"""Cues that decide between a label and a value, or between two fields, from what is written.

Rules shared by the Excel and PDF readers (:mod:`.anchor` asks them):

- a cell right beside a sure label that only *resembles* a label of another field (``Responsible
  Dept. | 丝印车间``: 丝印车间 is close to 生产车间), where that other field found no value there,
  is the sure label's answer;
- a team-table column whose header is a job-title word (``Function``, ``职务``) reads as the
  member's role only when its cells are role words (组长 / 组员, Champion / Member); a
  ``Function`` column of departments (Quality, Process) is the member's department;
- the free text under a group's heading that only lists the options of one of the group's
  choice members (``PFMEA、控制计划更新`` under D7) is that member's answer.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .boxes import Box, Candidate

# a label this close to a field's vocabulary is a guess: a value may look like it
WEAK_LABEL = 0.7
SURE_LABEL = 0.85


def weak_label_value(
    box: Box,
    cand: Candidate,
    claims: Mapping[int, list[tuple[float, str]]],
    chosen: Mapping[str, Candidate],
) -> bool:
    """Is ``box`` (an anchor of an empty field) still the answer of ``cand``, a sure label's
    value deferred because it reads as a label? Only when every field that took ``box`` for its
    label took it on a weak match and found no value there, and ``box`` stands right against
    ``cand``'s label on its row."""
    mine = claims.get(id(box), [])
    if not mine or max(s for s, _k in mine) >= WEAK_LABEL:
        return False
    if max((s for s, _k in claims.get(id(cand.label), [])), default=0.0) < SURE_LABEL:
        return False
    if any(c.label is box for c in chosen.values()):
        return False  # the weak label found its own value: it is a label
    label = cand.label
    return box.same_band(label) and 0 <= box.x0 - label.x1 < 0.5 * max(label.height, 1e-6)


def _cells(rows: Sequence[Mapping[str, Any]], col: str) -> list[str]:
    return [str(r[col]).strip() for r in rows if isinstance(r.get(col), str) and str(r[col]).strip()]
