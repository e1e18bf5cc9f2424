"""What the review of reader32 found (issue 10: never a silent misread), each on a form made here.

- **数 at full strength only under a table's header**: ``客诉数`` / ``问题数`` as a label of the
  form's own is ``客诉数量`` read and warned, not at full strength.
- **An indented line under the last item's text** is joined to it only while an item numbered on
  follows; under the last item it ends the list, said — with its own warning,
  ``table_line_under_list`` (``table_list_stopped`` says items after it were not read).
- **A language's month words are the union of its locales'** (``de`` and ``de_AT``).
- **A month decided by the form's other dates** says so, not "by the language of the form's texts".
- **D7's "too / also / both" built once from each language's words**: a clause with the language's
  negation, or saying the defect was found / occurred there, is no deployment; an elided article
  (``dans l'atelier 2``) is read past.

Workbooks built here with openpyxl (and their LibreOffice print); boxes drawn in the test.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import book_as, field_codes, landscape_book, read_doc

FORMS = ["xlsx", "pdf"]


# ------------------------------------------------ 数 at full strength only for a column's caption
def test_shu_is_shuliang_at_full_strength_only_under_a_tables_header() -> None:
    """``客诉数`` / ``问题数`` / ``問題數`` (labels of the 8D's own) match ``客诉数量`` at the
    strength of a value read and warned (before: 1.00 and 0.90, read silently); a row's
    ``核准數`` stays as sure as ``核准數量``."""
    from kesu_docs.forms import get
    from kesu_docs.parse.boxes import LOW_CONFIDENCE
    from kesu_docs.parse.vocab import columns_vocabulary, vocabulary

    vocab = vocabulary(get("8d"))
    for short in ("客诉数", "问题数", "投诉数", "問題數"):
        hit = vocab.match(short)
        assert hit is None or hit[1] < LOW_CONFIDENCE, (short, hit)
    long = vocab.match("客诉数量")
    short_hit = vocab.match("客诉数")
    assert long is not None and short_hit is not None and short_hit[1] < long[1]
    columns = columns_vocabulary(get("return").fields["items"].row_model)
    assert columns.match("核准數")[:2] == columns.match("核准數量")[:2]  # type: ignore[index]


@pytest.mark.parametrize("form", FORMS)
def test_a_forms_own_label_shortened_to_shu_is_never_read_silently(tmp_path: Path, form: str) -> None:
    """An 8D whose count is labelled ``客诉数``: read as the complained count is warned
    (before: read at 1.00, nothing said)."""
    rows: list[list[Any]] = [
        ["8D报告"],
        ["报告编号", "8D-HX-2609-021", "开始日期", "2026-09-05"],
        ["客户", "华星光学股份有限公司", "料号", "HX-CAM-0701"],
        ["客诉数", "36"],
        ["D2 问题描述", "镜头刮伤，36件。"],
        ["D4 根本原因", "治具定位销磨损。"],
        ["D5 纠正措施", "更换定位销，每班点检。"],
    ]
    path = landscape_book(tmp_path / "8d.xlsx", rows, {"A": 20, "B": 50, "C": 14, "D": 22})
    doc = read_doc(book_as(path, form), "8d")
    problem = (doc["record"] or {}).get("problem") or {}
    if problem.get("qty_complained") is not None:
        assert field_codes(doc, "problem.qty_complained"), doc["warnings"]


# ------------------------------------------------ an indented line under the last item
def _indented_under(item: int) -> list[list[Any]]:
    """Three items numbered 1–3, a line indented two characters under item ``item``'s name."""
    from kesu_docs.parse.boxes import Box

    items = [
        (("1. 料號", 0), ("A-1", 40), ("品名", 80), ("背光模組（含", 120), ("核准", 200), ("240", 240)),
        (("2. 料號", 0), ("A-2", 40), ("品名", 80), ("膠框", 120), ("核准", 200), ("60", 240)),
        (("3. 料號", 0), ("A-3", 40), ("品名", 80), ("軟板", 120), ("核准", 200), ("30", 240)),
    ]
    texts: list[tuple[tuple[str, int], ...]] = [*items]
    texts.insert(item, (("客戶要求補貨", 120 + 2 * 5),))
    return [
        [Box(t, t, x, 10.0 * n, x + 35 + 40 * (t == "背光模組（含"), 10.0 * n + 5, "p1") for t, x in line]
        for n, line in enumerate(texts, start=1)
    ]


_COLUMNS = {"料號": "part_no", "品名": "part_name", "核准": "qty_approved"}


def test_an_indented_line_under_the_last_items_name_ends_the_list_said() -> None:
    """Under item 3 (no item after it) the indented line is no wrap: the list ends there, said,
    with no item after it (before: joined to 軟板 silently)."""
    from kesu_docs.parse.table_lines import labelled_lines

    listed = labelled_lines(_indented_under(3), _COLUMNS.get, frozenset({"part_name"}))
    assert [c["part_name"].value for c, _ in listed.lines] == ["背光模組（含", "膠框", "軟板"]
    assert listed.stopped_at is not None and not listed.numbered_after


def test_an_indented_line_between_items_goes_on_with_its_item() -> None:
    """Under item 1 (item 2 follows) the indented line is item 1's name going on."""
    from kesu_docs.parse.table_lines import labelled_lines

    listed = labelled_lines(_indented_under(1), _COLUMNS.get, frozenset({"part_name"}))
    assert [c["part_name"].value for c, _ in listed.lines] == ["背光模組（含客戶要求補貨", "膠框", "軟板"]
    assert listed.stopped_at is None


@pytest.mark.parametrize("form", FORMS)
def test_a_clerks_line_under_the_last_item_has_its_own_warning(tmp_path: Path, form: str) -> None:
    """``客户要求8/15前补货`` under item 3, no item after it: ``table_line_under_list`` (its text
    says the line was read into no item), never ``table_list_stopped`` (before: "the items
    numbered after it were not read", none were); zh and en texts of its own."""
    from test_reader31 import _items, _listed

    from kesu_docs.parse.anchor import MESSAGES

    doc = _listed(tmp_path, form, [], after=[[None, "客户要求8/15前补货"]])
    assert len(_items(doc)) == 3
    codes = field_codes(doc, "items")
    assert "table_line_under_list" in codes and "table_list_stopped" not in codes, codes
    zh, en = MESSAGES["table_line_under_list"]
    assert "numbered after" not in en and "其后编号" not in zh


# ------------------------------------------------ a language's month words: its locales' union
def test_a_languages_month_words_are_those_of_all_its_locales() -> None:
    """``de`` and ``de_AT`` (Jänner), ``sr`` and ``sr_Latn``: one language, the words of both
    (before: the later locale's table replaced the first's, ``Januar`` and ``новембар`` lost)."""
    from kesu_docs.month_names import month_in

    assert month_in("Januar", "de") == 1
    assert month_in("Jänner", "de") == 1
    assert month_in("новембар", "sr") == 11
    assert month_in("novembar", "sr") == 11


# ------------------------------------------------ a month decided by the form's other dates, said so
@pytest.mark.parametrize("form", FORMS)
def test_a_month_decided_by_the_forms_other_dates_says_so(tmp_path: Path, form: str) -> None:
    """``14 Nyakanga 2026`` beside ``5 Ntwarante 2026``: read September (Kirundi), the warning
    naming the form's other dates (before: "by the language of the form's own texts", which
    told nothing here)."""
    from test_reader32 import _eight_d

    path = landscape_book(
        tmp_path / "8d.xlsx",
        _eight_d("5 Ntwarante 2026", "14 Nyakanga 2026"),
        {"A": 20, "B": 50, "C": 14, "D": 22},
    )
    doc = read_doc(book_as(path, form), "8d")
    assert doc["record"]["closure"]["closed_date"] == "2026-09-14"
    said = [p for p in doc["warnings"] if p["code"] == "date_month_disputed"]
    assert said and all("other dates" in p["message"] for p in said), said
    assert not any("own texts" in p["message"] for p in said), said


# ------------------------------------------------ D7's place cues: negations, a defect's place, elisions
@pytest.mark.parametrize(
    ("text", "elsewhere"),
    [
        ("También no se revisó la línea 2.", False),  # (before: True, Spanish no read as Portuguese "in the")
        ("Também não foi verificado na linha 2.", False),
        ("Der Fehler trat auch an Linie 2 auf.", False),  # where the defect occurred
        ("问题也在来料检验工站发现。", False),  # where the problem was found
        ("The defect was also found on line 2.", False),
        ("Détrompeur installé aussi dans l'atelier 2.", True),  # (before: False, l' elided)
        # the other way: the same clauses with a measure taken there
        ("Calibre instalado también en la línea 2.", True),
        ("Gabarito instalado também no forno 2.", True),
        ("Prüfung auch an Linie 2 eingeführt.", True),
        ("防呆治具也在来料检验工站导入。", True),
        ("Poka-yoke also fitted on line 2.", True),
    ],
)
def test_a_d7_clause_not_done_or_naming_the_defects_place_is_no_deployment(
    text: str, elsewhere: bool
) -> None:
    from kesu_docs.parse.value_cues import TEXT_SUBJECTS

    assert bool(TEXT_SUBJECTS["prevention.horizontal_deployment"].search(text)) is elsewhere
