"""What the review of rh32 found (issue 10: never a silent misread, never a crash), each on a form
made here.

- **Two points beside a decimal count** (``1.000.000`` beside ``1,200.000``): a million, said as
  thousands (``ambiguous_thousands``) — was a traceback (``Decimal("1.000.000")``).
- **A step's value after its colon** (``D4 Root cause: unknown``, ``D3 Containment: none``,
  ``D6 Verification: passed``): the step's value — was one caption, the value dropped silently.
- **A number format hiding some sections** (``0;;;`` hides a text and a zero, ``"";"";"";""`` all):
  the value read and said (``value_format_hidden``) — was said only under ``;;;``; ``;;`` shows a
  text as typed: no longer said to be hidden. The ``.xls`` path too (was never said).
- **PDF layers told by their objects**: a layer the view's ``/BaseState /OFF`` hides (listed in
  neither ``/ON`` nor ``/OFF``) is left out — was read; a layer shown whose name a hidden one
  shares is read — was left out, silently.
- **Sub-steps numbered as their steps are** (``8D-3.1``, ``Step 3.2``): rows of their step.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import book_as, field_codes, landscape_book, read_doc, soffice_convert
from test_reader_holdout32_fixes import _decimal_slip, _layered_complaint, hidden_complaint


def test_two_points_beside_a_decimal_count_are_thousands(tmp_path: Path) -> None:
    """Was: InvalidOperation — only a figure with one point may be the decimal point's."""
    doc = read_doc(
        _decimal_slip(
            tmp_path / "rt.pdf", [("1.000.000", "1.000.000"), ("1,200.000", "1,200.000")], "3,700.00"
        ),
        "return",
    )
    items = doc["record"]["items"]
    assert [(i["qty_approved"], i["qty_returned"]) for i in items] == [(1000000, 1000000), (1200, 1200)]
    assert "ambiguous_thousands" in field_codes(doc, "items[0].qty_returned")
    assert "decimal_point_by_form" not in field_codes(doc, "items[0].qty_returned")


def test_thousands_point_gives_both_readings_of_one_type() -> None:
    from kesu_docs.forms import get
    from kesu_docs.parse.guards import meta_at, thousands_point

    meta = meta_at(get("return"), "items[0].qty_returned")
    one = thousands_point(meta, "500.000")
    assert one is not None and (one.thousands, one.decimal) == (500000, 500)
    two = thousands_point(meta, "1.000.000 pcs")
    assert two is not None and (two.thousands, two.decimal) == ("1000000 pcs", None)
    three = thousands_point(meta, "24.000")
    assert three is not None and type(three.decimal) is int


def test_an_english_month_word_says_whether_it_was_guessed() -> None:
    """One reading of a month word (``_english_month``): its month and whether it was guessed."""
    from kesu_docs.values import _english_month, date_in_doubt

    assert _english_month("Sept") == (9, False)
    assert _english_month("Mayıs") == (5, False)  # Turkish May
    assert _english_month("Mayrnt") is None  # Manx March: the tables' word
    assert _english_month("Decxyz") == (12, True)
    assert date_in_doubt("5 Decxyz 2026") == "month_guessed"
    assert date_in_doubt("5 Sept 2026") is None


_HEAD = [
    ["8D REPORT"],
    ["Report No.", "8D-X-0412", "Opened", "2026-03-14"],
    ["Customer", "Ramsey Fittings Ltd"],
    ["D1 Team", "Orry Kinvig"],
    ["D2 Problem", "Couplings crack at the thread."],
]
_TAIL = [["8D-5 Corrective action", "Roll depth limited by a stop."], ["D8 Closed", "2026-04-02"]]


@pytest.mark.parametrize("form", ["xlsx", "pdf"])
def test_a_steps_value_after_its_colon_is_read(tmp_path: Path, form: str) -> None:
    rows = [*_HEAD, ["D3 Containment: none"], ["D4 Root cause: unknown"], ["D6 Verification: passed"], *_TAIL]
    book = landscape_book(tmp_path / "8d.xlsx", rows, {"A": 40, "B": 40, "C": 12})
    record = read_doc(book_as(book, form), "8d")["record"]
    assert [c["action"] for c in record["containment"]] == ["none"]
    assert [c["cause"] for c in record["root_cause"]] == ["unknown"]
    assert [i["result"] for i in record["implementation"]] == ["passed"]


def test_sub_steps_after_the_methods_name_or_the_word_step() -> None:
    from kesu_docs.parse.vocab import sub_step

    assert sub_step("8D-3.1 Stock / Containment: stock") == (3, 1)
    assert sub_step("Step 3.2 In transit") == (3, 2)
    assert sub_step("D-3.2 In transit") == (3, 2)
    assert sub_step("Step 3 Containment") is None


@pytest.mark.parametrize("form", ["xlsx", "pdf"])
def test_sub_steps_numbered_after_the_methods_name_are_rows(tmp_path: Path, form: str) -> None:
    rows = [
        *_HEAD,
        ["8D-3.1 Stock / Containment: warehouse", "Warehouse stock of 900 sorted."],
        ["8D-3.2 Transit / Containment: in transit", "Shipment 44 held at the port."],
        ["8D-4 Root cause", "Thread rolled too deep."],
        *_TAIL,
    ]
    book = landscape_book(tmp_path / "8d.xlsx", rows, {"A": 40, "B": 40, "C": 12})
    record = read_doc(book_as(book, form), "8d")["record"]
    assert [c["action"] for c in record["containment"]] == [
        "Warehouse stock of 900 sorted.",
        "Shipment 44 held at the port.",
    ]


@pytest.mark.parametrize(
    ("code", "text_hidden", "count_hidden"),
    [
        (";;;", True, True),
        ("0;;;", True, False),  # a text and a zero hidden, a count shown: was never said
        ('"";"";"";""', True, True),  # only quotes: was never said
        (";;", False, True),  # a text shown as typed: was said falsely
        ("0;-0;;@", False, False),  # a zero hidden: 36 shown
        ('[Red]0;[Blue]""', False, False),
    ],
)
@pytest.mark.parametrize("kind", ["xlsx", "xls"])
def test_a_format_hides_the_values_of_its_empty_sections(
    tmp_path: Path, code: str, text_hidden: bool, count_hidden: bool, kind: str
) -> None:
    path = hidden_complaint(tmp_path / "c.xlsx", code)
    if kind == "xls":
        path = soffice_convert(path, "xls", tmp_path / "xls")
        text_hidden = text_hidden or code == ";;"  # (LibreOffice writes ;; to an .xls as ;;;)
    doc = read_doc(path, "complaint")
    assert doc["record"]["customer"] == "东莞华信电子有限公司"
    assert doc["record"]["defect_qty"] == 36
    assert ("value_format_hidden" in field_codes(doc, "customer")) is text_hidden
    assert ("value_format_hidden" in field_codes(doc, "defect_qty")) is count_hidden


def test_a_layer_hidden_by_the_base_state_is_left_out(tmp_path: Path) -> None:
    doc = read_doc(_layered_complaint(tmp_path / "c.pdf", "", base="/OFF"), "complaint")
    assert doc["record"]["defect_qty"] == 48
    assert doc["record"]["customer"] == "Westlake Pumps Ltd"
    assert "label_lost" not in field_codes(doc, "defect_qty")


def test_a_layer_shown_is_read_though_a_hidden_one_shares_its_name(tmp_path: Path) -> None:
    """Its 480 beside the page's 48: the two rival values said, never the 480 dropped unsaid."""
    doc = read_doc(_layered_complaint(tmp_path / "c.pdf", "/ON", twin="/OFF"), "complaint")
    assert "label_lost" in field_codes(doc, "defect_qty")
