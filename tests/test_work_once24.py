"""Work done once (issue 15, twenty-fourth round): fitting layout profiles to a file.

Every file of a batch with profiles is fitted to each of them (``best_match`` → ``fit``): each
label of each profile was looked for among all the file's boxes, every box's text folded again
for every label (:func:`key`, :func:`_colon_key`) and compared with difflib when the label was
not found as it is — nine tenths of a batch's instructions with 33 profiles. A layout now keeps its
boxes' folded texts and the boxes each label text stands in (``_BoxKeys``, on the layout itself),
and difflib is asked only of the boxes whose length and letters can reach its 0.9. These tests
show the index is used and made again when it must be, that it finds exactly what the plain scan
of every box finds on real prints and workbooks, and that a profile edited on disk is read as it
now stands.
"""

from __future__ import annotations

import difflib
import unicodedata
from pathlib import Path

import pytest

from kesu_docs.parse.profile import (
    Box,
    Layout,
    _box_keys,
    _colon_key,
    _occurrences,
    _pieced,
    _wrapped,
    best_match,
    key,
    layouts_of,
    learn,
    load_profiles,
    read_by_profile,
)

ROOT = Path(__file__).resolve().parents[1]
LAYOUTS = ROOT / "tests" / "layouts"


def _scanned(layout: Layout, text: str) -> list[Box]:
    """What _occurrences found before the index: every box's text folded for every label."""
    want = key(text)
    if not want:
        return []
    if str(text).rstrip().endswith((":", "：")):
        strict = _colon_key(text)
        return [b for b in layout.boxes if _colon_key(b.text).startswith(strict)]
    found = [b for b in layout.boxes if key(b.text) == want]
    if not found:
        strict = _colon_key(text)
        found = [b for b in layout.boxes if _colon_key(b.text).startswith(strict)]
        if not found:
            found = [b for b in layout.boxes if key(b.text).startswith(want)]
    if not found and len(want) >= 6:
        found = [b for b in layout.boxes if difflib.SequenceMatcher(None, key(b.text), want).ratio() >= 0.9]
    if not found and not layout.excel:
        found = _pieced(layout, want) or _wrapped(layout, want)
    return found


def _same(a: list[Box], b: list[Box]) -> bool:
    """The same boxes: the layout's own by identity, pieced ones (made anew) by their contents."""
    return len(a) == len(b) and all(x is y or x == y for x, y in zip(a, b, strict=True))


def _labels_to_look_for(layouts: list[Layout]) -> list[str]:
    """Texts of real forms as a profile holds them: as printed, with a colon, cut short, with a
    letter lost (a ligature a print dropped), two run together — found, found in part, not found."""
    texts: list[str] = []
    for layout in layouts:
        for b in layout.boxes:
            t = str(b.text).strip()
            if not t or len(t) > 40:
                continue
            texts += [t, t + ":", t[: max(1, len(t) // 2)]]
            if len(t) >= 7:
                texts.append(t[:3] + t[4:])  # "Efective %"
    return texts


@pytest.mark.parametrize(
    "names",
    [
        ("complaint-en-claim.xlsx", "8d-zh-customer.xlsx"),
        ("complaint-en-claim.pdf", "8d-de-a3.pdf", "return-en-rma.pdf"),
    ],
)
def test_the_index_finds_what_the_scan_of_every_box_finds(names):
    files = [LAYOUTS / "filled" / n for n in names]
    layouts = [lay for f in files for lay in layouts_of(f, f.read_bytes())]
    assert layouts and all(lay.boxes for lay in layouts)
    texts = _labels_to_look_for(layouts)
    found = differ = 0
    for layout in layouts:
        for text in texts:
            new, old = _occurrences(layout, text), _scanned(layout, text)
            found += bool(new)
            differ += not _same(new, old)
    assert differ == 0
    assert 0 < found < len(texts) * len(layouts)  # (both found and not-found labels were asked)


def test_a_likeness_bound_never_passes_over_a_box_difflib_would_take():
    """A label a print lost a letter of is found by difflib's ratio ≥ 0.9; the index asks
    difflib only of boxes whose length and letters can reach it (the ratio is at most both
    bounds): every box difflib takes is still asked."""
    want = "effectiveness check"
    texts = ["efectiveness check", "effectiveness chek", "efectivenes check", "ssenevitceffe check", "x"]
    layout = Layout([Box(t, t, 0, i * 10, 100, i * 10 + 8, f"A{i + 1}") for i, t in enumerate(texts)], True)
    taken = [b.text for b in _occurrences(layout, want + "s")]  # (no box is the label itself)
    by_difflib = [t for t in texts if difflib.SequenceMatcher(None, key(t), key(want + "s")).ratio() >= 0.9]
    assert taken == by_difflib and taken  # the close ones, never the same letters reordered


def test_the_index_is_kept_with_its_layout_and_made_again_when_its_boxes_change():
    boxes = [
        Box("客户名称：", "客户名称：", 0, 0, 50, 10, "A1"),
        Box("华为", "华为", 50, 0, 100, 10, "B1"),
        Box("投诉日期", "投诉日期", 0, 10, 50, 20, "A2"),
    ]
    layout = Layout(boxes, True)
    index = _box_keys(layout)
    assert [b.where for b in _occurrences(layout, "客户名称")] == ["A1"]
    assert _box_keys(layout) is index and "客户名称" in index.found  # asked once a text a layout
    first = _occurrences(layout, "投诉日期")
    first.clear()  # a caller's list is its own: the index keeps its answer
    assert [b.where for b in _occurrences(layout, "投诉日期")] == ["A2"]
    # a box added to the layout: made again, the new box found
    layout.boxes.append(Box("投诉日期", "投诉日期", 0, 20, 50, 30, "A3"))
    assert _box_keys(layout) is not index
    assert [b.where for b in _occurrences(layout, "投诉日期")] == ["A2", "A3"]
    # another list of boxes (a layout's boxes replaced): made again
    again = _box_keys(layout)
    layout.boxes = [Box("投诉日期:", "投诉日期:", 0, 0, 50, 10, "C9")]
    assert _box_keys(layout) is not again
    assert [b.where for b in _occurrences(layout, "投诉日期")] == ["C9"]
    # never in a module: another layout of the same boxes has an index of its own
    other = Layout(layout.boxes, True)
    assert _box_keys(other) is not _box_keys(layout)


def test_a_pieced_label_is_a_new_box_each_time_it_is_looked_for():
    """A label printed in pieces (``Received`` | ``by (warehou``) is found as one box spanning
    them, made for each look: two labels of one text claim two boxes, as before the index."""
    boxes = [Box("Received", "Received", 0, 0, 40, 10, "p1#1"), Box("by", "by", 41, 0, 60, 10, "p1#2")]
    layout = Layout(boxes, False)
    one, two = _occurrences(layout, "Received by"), _occurrences(layout, "Received by")
    assert len(one) == len(two) == 1 and one[0] is not two[0] and one[0] == two[0]


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def test_a_profile_edited_on_disk_is_read_as_it_now_stands(tmp_path, monkeypatch):
    """Fitting keeps nothing of a profile between files: a clerk's IT person edits a profile
    (here: the customer's cell moved) and the next file is read with the edited one."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("KESU_CONFIG", raising=False)
    source = LAYOUTS / "filled" / "complaint-en-claim.xlsx"
    data = source.read_bytes()
    layouts = layouts_of(source, data)
    profile = learn(source, "complaint")
    folder = tmp_path / "profiles"
    folder.mkdir()
    file = folder / "claim.toml"
    file.write_text(profile.to_toml(), encoding="utf-8")
    [loaded] = load_profiles(folder)
    assert best_match([loaded], layouts, "complaint") is not None  # it fits the layout learned on
    [read] = read_by_profile(source, data, "complaint", folder) or [None]
    assert read is not None
    customer, number = loaded.fields["customer"].cell, loaded.fields["number"].cell
    assert customer and number and read.values.get("customer") and read.values.get("number")
    # the profile edited: the customer read from the cell of the claim's number instead
    text = file.read_text(encoding="utf-8")
    assert text.count(f'cell = "{customer}"') == 1
    file.write_text(text.replace(f'cell = "{customer}"', f'cell = "{number}"'), encoding="utf-8")
    [again] = read_by_profile(source, data, "complaint", folder) or [None]
    assert again is not None
    assert _fold(str(again.values.get("customer"))) == _fold(str(read.values.get("number")))
    # and put back: read as first
    file.write_text(text, encoding="utf-8")
    [third] = read_by_profile(source, data, "complaint", folder) or [None]
    assert third is not None and third.values.get("customer") == read.values.get("customer")
