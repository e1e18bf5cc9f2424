"""The reader's gaps round 32 left (issue 10: never a silent misread), each rule read on forms
of our own, as Excel and as LibreOffice's PDF print of it where the reader reads both.

- **A currency's code outside the trade list** (ALL, AMD, TOP: words and part names as well)
  names the form's currency only in a money field's label or value (``form_currency`` is told
  each value's field kind): ``Qty (ALL)``, ``AMD 5800`` as an item, ``TOP 2`` in a count,
  ``Checked in ALL lots`` name none.
- **D7's negations govern their own part of a clause**: ``not only … but also on line 3``,
  ``No recurrence found, … also on line 2``, ``deployed to line 2``; French ``les deux``.
- **An xlsx check report kesu wrote, lying in a checked folder**, is passed over with a note.

Workbooks built here with openpyxl; values and wording of our own.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import book_as, field_codes, kesu, landscape_book, read_doc

FORMS = ["xlsx", "pdf"]


# ------------------------------------------------ a currency's code only where money is
def _credit_note(
    tmp_path: Path, qty_label: str, name: str, qty: Any, note: list[Any], price_label: str
) -> Path:
    rows: list[list[Any]] = [
        ["CREDIT NOTE"],
        ["Credit Note No.", "KN-RT-0107", "Date", "2026-03-24"],
        ["Buyer", "Ruta Trade LLC", "Tax No.", "RT-0021457"],
        ["Invoice No.", "FA-26-00318", "Invoice date", "2026-03-06"],
        ["Item", qty_label, price_label, "Amount", "Tax"],
        [name, 150, 10.0, 1500.0, 195.0],
        ["Cover plate", qty, 20.0, 40.0, 5.2],
        [],
        note,
        ["Net total", None, None, 1540.0],
        ["Total tax", None, None, 200.2],
        ["Total", None, None, 1740.2],
    ]
    return landscape_book(tmp_path / "cn.xlsx", rows, {"A": 30, "B": 14, "C": 16, "D": 18, "E": 10})


def _currency_said(doc: dict[str, Any]) -> str:
    return next((p["message"] for p in doc["warnings"] if p["code"] == "amount_words_not_derived"), "")


@pytest.mark.parametrize("form", FORMS)
def test_a_rare_currency_code_in_a_count_or_a_name_names_no_currency(tmp_path: Path, form: str) -> None:
    """``Qty (ALL)`` over the counts, ``AMD 5800`` an item's name, ``TOP 2`` typed in a count,
    ``Checked in ALL lots`` a clerk's line: the form is in renminbi, its words derived (before:
    ``ALL+AMD+TOP``, no words, the form's rate left untaken)."""
    path = _credit_note(tmp_path, "Qty (ALL)", "AMD 5800", "TOP 2", ["Checked in ALL lots"], "Unit price")
    doc = read_doc(book_as(path, form), "allowance")
    assert doc["record"]["total_in_words"] == "人民币壹仟柒佰肆拾元零贰角", _currency_said(doc)
    assert doc["record"]["items"][0]["name"] == "AMD 5800"


@pytest.mark.parametrize("form", FORMS)
def test_the_same_code_over_a_price_still_names_the_currency(tmp_path: Path, form: str) -> None:
    """``Unit price (ALL)``: a money column's label names the Albanian lek (no words derived)."""
    path = _credit_note(tmp_path, "Qty", "Bracket 5800", 4, [], "Unit price (ALL)")
    doc = read_doc(book_as(path, form), "allowance")
    assert doc["record"]["total_in_words"] is None
    assert "ALL" in _currency_said(doc)


def test_form_currency_asks_the_fields_kind() -> None:
    from kesu_docs.parse.boxes import Provenance
    from kesu_docs.parse.currency import form_currency

    values = {"items": [{"name": "AMD 5800", "qty": "TOP 2", "unit_price": "AMD 5800"}]}
    kinds = {"items[0].name": "text", "items[0].qty": "qty", "items[0].unit_price": "money"}
    assert form_currency(values, {}, [], kind_of=lambda p: kinds.get(p, "")) == "AMD"
    del values["items"][0]["unit_price"]
    assert form_currency(values, {}, [], kind_of=lambda p: kinds.get(p, "")) == ""
    # a trade currency's code names it wherever it stands
    values["items"][0]["name"] = "USD 40"
    assert form_currency(values, {}, [], kind_of=lambda p: kinds.get(p, "")) == "USD"
    labelled = {
        "items[0].qty": Provenance("A1", "Qty (ALL)"),
        "items[0].unit_price": Provenance("B1", "Price (AMD)"),
    }
    assert form_currency({}, labelled, [], kind_of=lambda p: kinds.get(p, "")) == "AMD"


# ------------------------------------------------ D7: a negation governs its own part of a clause
@pytest.mark.parametrize(
    ("text", "elsewhere"),
    [
        ("Poka-yoke fitted not only on line 2 but also on line 3.", True),
        ("No recurrence found, gauge also fitted on line 2.", True),
        ("No recurrence found; deployed to line 2.", True),
        ("Gauge not fitted on line 3 as well.", False),
        ("Not installed on line 3 too.", False),
        ("Défaut non trouvé, détrompeur installé aussi sur la ligne 2.", True),
        ("Détrompeur installé sur les deux lignes.", True),
        ("Opérateurs des deux équipes formés.", False),
        ("Détrompeur non seulement sur la ligne 1 mais aussi sur la ligne 3.", True),
        ("Prüflehre nicht nur an Linie 1, sondern auch an Linie 3.", True),
        ("未发现不良，也在3号线导入防错治具。", True),
        ("也未在3号线导入。", False),
    ],
)
def test_a_d7_negation_governs_only_its_own_part(text: str, elsewhere: bool) -> None:
    from kesu_docs.parse.value_cues import TEXT_SUBJECTS

    assert bool(TEXT_SUBJECTS["prevention.horizontal_deployment"].search(text)) is elsewhere


@pytest.mark.parametrize("form", FORMS)
def test_a_d7_not_only_but_also_is_read_as_a_deployment(tmp_path: Path, form: str) -> None:
    text = "Torque check fitted not only on line 2 but also on line 3."
    rows: list[list[Any]] = [
        ["8D REPORT"],
        ["Report No.", "8D-KT-2609-031", "Opened", "2026-09-06"],
        ["Customer", "Kestrel Tools Ltd", "Part No.", "KT-SCR-4410"],
        ["D2 Problem", "Screws loose after assembly, 36 pcs."],
        ["D4 Root cause", "Torque driver drifted low."],
        ["D5 Corrective action", "Driver recalibrated, torque checked every shift."],
        ["D7 Prevention", text],
        ["D8 Closed", "2026-09-20"],
    ]
    path = landscape_book(tmp_path / "8d.xlsx", rows, {"A": 20, "B": 60, "C": 14, "D": 20})
    prevention = read_doc(book_as(path, form), "8d")["record"]["prevention"]
    assert prevention["horizontal_deployment"] == text, prevention


# ------------------------------------------------ an xlsx check report in a checked folder
def test_an_xlsx_check_report_in_a_checked_folder_is_passed_over_said(tmp_path: Path) -> None:
    """``kesu validate forms --report forms/r.xlsx``, then ``kesu parse forms``: the report is no
    form (before: read, an unknown kind); one note names it. The form beside it is still read."""
    forms = tmp_path / "forms"
    forms.mkdir()
    path = _credit_note(tmp_path, "Qty", "Bracket", 4, [], "Unit price")
    (forms / "cn.xlsx").write_bytes(path.read_bytes())
    first = kesu(
        "--lang", "en", "validate", "forms", "--kind", "allowance", "--report", "forms/r.xlsx", cwd=tmp_path
    )
    assert (forms / "r.xlsx").exists(), first.output
    done = kesu("--lang", "en", "parse", "forms", "--kind", "allowance", cwd=tmp_path)
    import json

    sources = [json.loads(line)["source"] for line in done.stdout.splitlines() if line.startswith("{")]
    assert sources == [str(Path("forms") / "cn.xlsx")], done.output
    assert done.stderr.count("it is a check report kesu wrote, not a form") == 1, done.stderr


def test_a_pipe_named_xlsx_is_not_opened_to_look_for_the_mark(tmp_path: Path) -> None:
    """A named pipe called ``r.xlsx``: never opened (it would wait for a writer for ever)."""
    import os

    from kesu_docs.reports.marks import is_check_report

    pipe = tmp_path / "r.xlsx"
    os.mkfifo(pipe)
    assert is_check_report(pipe) is False


# ------------------------------------------------ D3.5 Hole diameter: a measurement, no step heading
def _eight_d_measured(tmp_path: Path, d4: str) -> Path:
    rows: list[list[Any]] = [
        ["8D REPORT"],
        ["Report No.", "8D-KT-2609-041", "Opened", "2026-09-06"],
        ["Customer", "Kestrel Tools Ltd", "Part No.", "KT-SCR-4410"],
        ["8D 状态", "Open"],
        ["D2 Problem", "Holes undersize, 36 pcs."],
        ["D3 Containment", "Stock sorted, 1,200 pcs checked."],
        ["D4 Root cause", d4],
        ["D5 Corrective action", "Core pin replaced."],
        ["D7 Prevention", "Pin wear check added to PM."],
        ["D8 Closed", "2026-09-20"],
    ]
    from openpyxl import load_workbook
    from openpyxl.styles import Alignment

    path = landscape_book(tmp_path / "8d.xlsx", rows, {"A": 20, "B": 60, "C": 14, "D": 20})
    book = load_workbook(path)
    for cell in ("A7", "B7"):
        book.active[cell].alignment = Alignment(wrap_text=True, vertical="top")
    book.active.row_dimensions[7].height = 48  # (the print shows the cell's three lines)
    book.save(path)
    return path


@pytest.mark.parametrize(
    ("form", "d4"),
    [
        (
            "xlsx",
            "Measured on 5 samples.\nD3.5 Hole diameter 4.96 mm, spec 5.00 ±0.02\nD2.1 Boss height 3.10 mm",
        ),
        ("xlsx", "D3.5 Hole diameter 4.96 mm, spec 5.00 ±0.02 on 5 samples"),
        ("pdf", "D3.5 Hole diameter 4.96 mm, spec 5.00 ±0.02 on 5 samples"),
    ],
)
def test_a_measurement_numbered_like_a_sub_step_stays_in_its_steps_text(
    tmp_path: Path, form: str, d4: str
) -> None:
    """``D3.5 Hole diameter 4.96 mm`` and ``D2.1 Boss height …`` (a drawing's dimension numbers)
    in D4's text: no sibling ``D3.1``, not under D3 — the lines stay in the root cause's text
    (before: read as sub-step headings, the lines lost from the record without a word). The
    ``8D 状态`` line is no step's text."""
    doc = read_doc(book_as(_eight_d_measured(tmp_path, d4), form), "8d")
    causes = " ".join(str(c["cause"]) for c in doc["record"]["root_cause"] or [])
    assert "Hole diameter 4.96" in causes, doc["record"]["root_cause"]
    assert "Boss height" in causes or "Boss" not in d4
    texts = " ".join(str(v) for v in doc["record"]["prevention"].values())
    assert "Open" not in texts and "Open" not in causes


def test_a_sub_step_belongs_to_the_forms_sequence_of_steps() -> None:
    from kesu_docs.parse.steps import in_step_sequence

    heads = ["D3 Containment", "D3.1 Stock sorted", "D4 Root cause", "D3.5 Hole diameter 4.96", "D5 Action"]
    assert in_step_sequence(heads, str) == [h for h in heads if not h.startswith("D3.5")]
    assert in_step_sequence(["D3.1 Stock", "D3.2 In transit"], str) == ["D3.1 Stock", "D3.2 In transit"]
    assert in_step_sequence(["D3.5 Hole diameter", "D2.1 Boss height"], str) == []


# ------------------------------------------------ values: 150-148, ₨ 500/=, † ‡ *
@pytest.mark.parametrize("form", FORMS)
def test_values_with_marks_ranges_and_even_marks(tmp_path: Path, form: str) -> None:
    """``₨ 500/=`` (South Asia's ``/=``: even, no paise) is 500.00 in rupees, said (before:
    ``invalid_money``, the price lost); ``150-148`` in a count is flagged, never 150148 nor 2;
    ``120†``, ``2950‡``, ``14,160.00*``: the figure, the mark said."""
    rows: list[list[Any]] = [
        ["退货单"],
        ["退货单号", "RT-HX-2609-031", "退货日期", "2026-09-15"],
        ["客户名称", "Lahore Fans Ltd"],
        [],
        ["料号", "品名", "核准数量", "实退数量", "单价", "金额"],
        ["HX-CAM-0701", "镜头模组", "120†", "150-148", "₨ 500/=", "59,000"],
        ["HX-FLX-0702", "排线", "3000", "2950‡", "4.80", "14,160.00*"],
        [],
        ["退货原因", "镜头刮伤，排线断裂。"],
    ]
    widths = {"A": 16, "B": 14, "C": 10, "D": 10, "E": 12, "F": 14}
    doc = read_doc(book_as(landscape_book(tmp_path / "rt.xlsx", rows, widths), form), "return")
    first, second = doc["record"]["items"]
    assert first["unit_price"] == "500.00"
    assert "amount_in_currency" in field_codes(doc, "items[0].unit_price")
    assert first["qty_returned"] is None and "invalid_qty" in field_codes(doc, "items[0].qty_returned")
    assert (first["qty_approved"], second["qty_returned"], second["amount"]) == (120, 2950, "14160.00")
    for path in ("items[0].qty_approved", "items[1].qty_returned", "items[1].amount"):
        assert "value_with_footnote" in field_codes(doc, path), path


# ------------------------------------------------ a clerk's note between two items
def _note_between(tmp_path: Path, note_row: list[Any]) -> Path:
    rows: list[list[Any]] = [
        ["退货单"],
        ["退货单号", "RT-HX-2609-051", "退货日期", "2026-09-15"],
        ["客户名称", "华星光学股份有限公司"],
        [],
        ["料号", "品名", "核准数量", "实退数量", "单价", "金额"],
        ["HX-CAM-0701", "镜头模组", "120", "118", "365.00", "43,070.00"],
        note_row,
        ["HX-FLX-0702", "排线", "3000", "2950", "4.80", "14,160.00"],
        [],
        ["退货原因", "镜头刮伤，排线断裂。"],
    ]
    widths = {"A": 16, "B": 22, "C": 10, "D": 10, "E": 12, "F": 14}
    return landscape_book(tmp_path / "rt.xlsx", rows, widths)


@pytest.mark.parametrize("form", FORMS)
def test_a_clerks_note_between_two_items_is_said_with_its_cell(tmp_path: Path, form: str) -> None:
    """``客户要求8/15前补货`` alone in the name column between two items: said
    ``table_note_row`` at its cell, no item of its own and joined to none (before: an item of
    the note's text, its part number and count "required")."""
    doc = read_doc(book_as(_note_between(tmp_path, [None, "客户要求8/15前补货"]), form), "return")
    items = doc["record"]["items"]
    assert [i["part_name"] for i in items] == ["镜头模组", "排线"], items
    said = [p for p in doc["warnings"] if p["code"] == "table_note_row"]
    assert len(said) == 1 and "客户要求8/15前补货" in said[0]["message"], doc["warnings"]
    assert said[0]["location"] == ("Sheet!B7" if form == "xlsx" else "p1")
    zh = read_doc(
        book_as(_note_between(tmp_path / "zh", [None, "客户要求8/15前补货"]), "xlsx"), "return", "zh"
    )
    assert any("备注" in p["message"] for p in zh["warnings"] if p["code"] == "table_note_row")


def test_a_line_with_its_figures_between_two_items_is_an_item() -> None:
    """A row holding a name and its counts is a line (no note): the rule asks for one text alone."""
    from kesu_docs.forms import get
    from kesu_docs.forms.base import describe
    from kesu_docs.parse.anchor import _note_row

    columns = describe(get("return").fields["items"].row_model)
    required = [c for c, m in columns.items() if m.required]
    assert _note_row({"part_name": "客户要求8/15前补货", "qty_approved": None}, columns, required)
    assert not _note_row({"part_name": "膠框", "qty_approved": "60"}, columns, required)
    assert not _note_row({"qty_approved": "60"}, columns, required)
