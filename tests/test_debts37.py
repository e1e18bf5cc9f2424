"""The reader's debts round 36's re-read found (debts37): refactors, their behaviour pinned.

- **One way to say "a sign-off caption"** (:func:`kesu_docs.parse.persons.sign_off_caption`): its
  words beside the forms' sign-off block (``forms.base.SIGN_OFF_CAPTIONS``); a sign-off grid's role
  asks it with ``or_person_label`` (a label some form prints for a person, read surely).
- **One walker for lines joined under each other** (``stacked_labels._join_lines``): a bracket
  closed on the line under, and a step heading's two halves, each a predicate of its own.
- **One reading of an "a / b" cell** (:func:`kesu_docs.parse.anchor.slash_share`): the generic
  reader and a profile take the same share of ``Qty rejected / delivered`` over ``40 / 2,500``
  — a profile's cell written without spaces (``75/3,600``) too, as the generic reader reads it.

Boxes built here in memory; workbooks with openpyxl.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kesu_docs import forms
from kesu_docs.forms.base import SIGN_OFF_CAPTIONS, SIGN_OFF_CAPTIONS_EN
from kesu_docs.parse import anchor, guards, persons
from kesu_docs.parse.boxes import Box
from kesu_docs.parse.persons import sign_off_caption
from kesu_docs.parse.stacked_labels import _join_lines, join_bracket_wrapped, join_stacked_halves


# ------------------------------------------------------------------ one way to say a sign-off caption
@pytest.mark.parametrize(
    "text", ["審查", "审核：", "编制", "Checked by", "Reviewed", "APPROVED BY:", "Prepared  by"]
)
def test_a_stamps_caption_is_a_sign_off_caption(text: str) -> None:
    assert sign_off_caption(text)


def test_the_captions_words_are_the_forms() -> None:
    assert all(sign_off_caption(w) for w in SIGN_OFF_CAPTIONS)
    assert all(sign_off_caption(f"{w.title()} by") for w in SIGN_OFF_CAPTIONS_EN)


@pytest.mark.parametrize("job", ["Quality engineer", "Production supervisor", "Team leader"])
def test_a_members_job_is_no_sign_off_caption(job: str) -> None:
    assert not sign_off_caption(job)
    assert not sign_off_caption(job, or_person_label=True)


def test_a_persons_label_is_a_grids_role_only_when_asked() -> None:
    # 填表人 is the label of a person's field on a form, no stamp's caption
    assert not sign_off_caption("填表人")
    assert sign_off_caption("填表人", or_person_label=True)


def test_one_function_says_it() -> None:
    # the guards, the rows' controls and the sign-off grid ask the one function
    assert guards.sign_off_caption is sign_off_caption and not hasattr(persons, "sign_off_label")
    assert anchor.sign_off_caption is sign_off_caption and not hasattr(anchor, "_sign_off_role")


# ------------------------------------------------------------- one walker for lines joined under
def _box(text: str, x0: float, y0: float, x1: float, y1: float) -> Box:
    return Box(text, text, x0, y0, x1, y1, f"p1 ({x0:g},{y0:g})")


def test_a_bracket_closed_on_the_line_under_is_one_label() -> None:
    boxes = [
        _box("Ursache (Root", 50, 100, 120, 110),
        _box("cause)", 50, 111, 90, 121),
        _box("Lager", 200, 100, 240, 110),
    ]
    assert [b.text for b in join_bracket_wrapped(boxes)] == ["Ursache (Root cause)", "Lager"]


def test_a_step_headings_two_halves_are_one_heading() -> None:
    boxes = [_box("D4 Parché no visto", 50, 100, 150, 110), _box("Why not detected", 50, 111, 140, 121)]
    [joined] = join_stacked_halves(boxes)
    assert joined.text == "D4 Parché no visto / Why not detected"
    assert (joined.y0, joined.y1, joined.x1) == (100, 121, 150)


def test_a_line_joined_once_is_no_others() -> None:
    lines = [_box(t, 50, 100 + 11 * k, 120, 110 + 11 * k) for k, t in enumerate(("a", "b", "c"))]
    asked: list[tuple[str, str]] = []

    def any_two(_filled: object, upper: Box, lower: Box) -> str:
        asked.append((upper.text, lower.text))
        return upper.text + lower.text

    # a over b joined: b is no upper line of its own afterwards; c stays alone
    assert [b.text for b in _join_lines(lines, lines, any_two)] == ["ab", "c"]
    assert asked == [("a", "b")]
    assert [b.text for b in _join_lines(lines, lines, lambda *_: None)] == ["a", "b", "c"]


# ------------------------------------------------------------- one reading of an "a / b" cell
def _two_counts(path: Path, counts: str) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["SUPPLIER QUALITY ALERT"])
    ws.append(["Complaint No.", "SQA-27-0031", "Date Received", dt.datetime(2027, 3, 2)])
    ws.append(["Customer", "Hella Changchun", "Part No.", "HC-LMP-0402"])
    ws.append(["Qty rejected / delivered", counts])
    ws.append(["Defect description", "Lens scratched."])
    wb.save(path)
    return path


@pytest.mark.parametrize("counts", ["40 / 2,500", "36/1,200"])
def test_the_generic_reader_and_a_profile_take_the_same_share(tmp_path: Path, counts: str) -> None:
    from kesu_docs.parse.profile import learn, read_by_profile
    from kesu_docs.parse.vocab import vocabulary

    spec = forms.get("complaint")
    shares = tuple(
        anchor.slash_share(vocabulary(spec), spec, key, "Qty rejected / delivered", counts)
        for key in ("defect_qty", "ship_qty")
    )
    assert shares == tuple(p.strip() for p in counts.split("/"))
    first = _two_counts(tmp_path / "first.xlsx", "12 / 800")
    folder = tmp_path / "profiles"
    folder.mkdir()
    (folder / "sqa.toml").write_text(learn(first, "complaint").to_toml(), encoding="utf-8")
    second = _two_counts(tmp_path / "second.xlsx", counts)
    [got] = read_by_profile(second, second.read_bytes(), "complaint", folder)
    assert (str(got.values["defect_qty"]), str(got.values["ship_qty"])) == shares
