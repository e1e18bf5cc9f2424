"""The reader keeps what it works out of a text alone for the run (issue 15: a batch of forms
prints the same labels on every form). What is kept must be the text's only: each box still gets
its own rectangle, location and cues, and new boxes (the reader tells boxes apart by ``id()``)."""

from __future__ import annotations

import pytest

from kesu_docs.forms import FormSpec, all_specs
from kesu_docs.parse import anchor
from kesu_docs.parse.anchor import _Page, explode
from kesu_docs.parse.boxes import Box


def _pieces(box: Box) -> list[tuple[str, float, float, float, float, str, bool]]:
    return [(p.text, p.x0, p.x1, p.y0, p.y1, p.location, p.bold) for p in explode(box)]


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        ("客户名称：华为", ["客户名称：", "华为"]),  # a label and its value
        ("No.ZR-2609-003", ["No.", "ZR-2609-003"]),  # the number mark glued to the number
        ("Lot No. LOT_2026_03", ["Lot No.", "LOT_2026_03"]),  # a value glued without a colon
    ],
)
def test_one_text_is_cut_alike_and_laid_on_each_box(text: str, cut: list[str]) -> None:
    small = Box(text, text, 1, 1, 5, 2, "S!A1", bold=True)
    wide = Box(text, text, 10, 3, 40, 7, "T!C3")
    on_small, on_wide = _pieces(small), _pieces(wide)
    assert [p[0] for p in on_small] == [p[0] for p in on_wide] == cut
    # each box's own rectangle, split at the same share of its width
    assert on_small[0][1] == 1 and on_small[-1][2] == pytest.approx(5)
    assert on_wide[0][1] == 10 and on_wide[-1][2] == pytest.approx(40)
    assert on_small[0][2] - 1 == pytest.approx((on_wide[0][2] - 10) * 4 / 30)
    assert {p[3] for p in on_wide} == {3} and {p[4] for p in on_wide} == {7}
    assert {p[5] for p in on_small} == {"S!A1"} and {p[5] for p in on_wide} == {"T!C3"}
    assert on_small[0][6] and not any(p[6] for p in on_wide)  # the cell's own bold face


def test_each_call_gives_new_boxes() -> None:
    box = Box("客户名称：华为", "客户名称：华为", 1, 1, 5, 2, "S!A1")
    first, again = explode(box), explode(box)
    assert [p.text for p in first] == [p.text for p in again]
    assert not {id(p) for p in first} & {id(p) for p in again}


def test_a_colon_alone_and_a_plain_text() -> None:
    assert explode(Box("：", "：", 1, 1, 2, 2, "S!A1")) == []
    plain = Box("焊盘氧化发黑", "焊盘氧化发黑", 1, 1, 2, 2, "S!A1")
    assert explode(plain) == [plain]


def _complaint() -> FormSpec:
    return next(spec for spec in all_specs() if spec.kind == "complaint")


def test_label_scores_are_kept_per_form_and_stay_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    spec = _complaint()
    told = anchor._names_told(spec)
    page = _Page([Box("客户名称", "客户名称", 1, 1, 2, 2, "S!A1")], spec)
    score = page._names("客户名称")
    assert score >= 0.85 and told["客户名称"] == score
    # another page of the same form finds it told; the same score either way
    other = _Page([], spec)
    assert other._named is told and other._names("客户名称") == score
    monkeypatch.setattr(anchor, "_NAMES_KEPT", len(told))
    other._names("完全无关的字")  # the table full: emptied before the new text is kept
    assert list(told) == ["完全无关的字"]
