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
from helpers import book_as, kesu, landscape_book, read_doc

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
