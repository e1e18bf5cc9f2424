"""A German automotive customer's (VDA) 8D form, in Excel and printed to PDF.

Its headings name the disciplines in German, numbered (``D4 Ursache``) or not (``Ursache``):
``Sofortmaßnahmen`` (D3), ``Ursache`` (D4), ``Abstellmaßnahmen`` (D5), ``Wirksamkeit`` (D6, the
effectiveness verified), ``Übertragung auf ähnliche Produkte`` / ``Übertrag`` (D7, the transfer to
like products), ``Freigabe`` (D8, the release signed). Each German word names one thing: a
discipline and its own column, never two fields. Real workbooks (openpyxl), printed by
LibreOffice; the wide one prints its value column on a page of its own (``pdf_across``).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import parse_cli, soffice_convert
from openpyxl import Workbook
from openpyxl.styles import Border, Font, Side

from kesu_docs.forms import get
from kesu_docs.parse.vocab import vocabulary

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


@pytest.mark.parametrize(
    ("label", "path"),
    [
        ("Sofortmaßnahmen", "containment"),
        ("D3 Sofortmaßnahmen", "containment"),
        ("Ursache", "root_cause"),
        ("D4 Ursachen", "root_cause"),
        ("Abstellmaßnahmen", "corrective_actions"),
        ("Wirksamkeit", "implementation"),
        ("D6 Wirksamkeit", "implementation"),
        ("Wirksamkeitsnachweis", "implementation"),
        ("D6 Abstellmaßnahmen einführen", "implementation"),
        ("Übertrag", "prevention.horizontal_deployment"),
        ("Übertragung auf ähnliche Produkte", "prevention.horizontal_deployment"),
        ("D7 Übertragung auf ähnliche Produkte", "prevention.horizontal_deployment"),
        ("D7 Fehlerwiederholung verhindern", "prevention"),
        ("Freigabe", "closure.approved_by"),
        ("Freigabe durch", "closure.approved_by"),
        ("D8 Abschluss", "closure"),
    ],
)
def test_the_vda_8d_labels_name_their_discipline(label, path):
    found = vocabulary(get("8d")).match(label)
    assert found is not None and found[0] == path and found[1] >= 0.85, found


def _aliases(spec) -> dict[str, set[str]]:
    """Each alias → the top-level fields and group members it names (a table's columns apart)."""
    out: dict[str, set[str]] = {}
    for key, meta in spec.fields.items():
        for word in (*meta.aliases, meta.label_en):
            out.setdefault(word.casefold(), set()).add(key)
        if meta.kind == "group" and meta.row_model is not None:
            for name, info in meta.row_model.model_fields.items():
                extra = info.json_schema_extra if isinstance(info.json_schema_extra, dict) else {}
                for word in extra.get("aliases", ()) or ():
                    out.setdefault(str(word).casefold(), set()).add(f"{key}.{name}")
    return out


@pytest.mark.parametrize(
    "word",
    [
        "Ursache",
        "Wirksamkeit",
        "Übertrag",
        "Übertragung auf ähnliche Produkte",
        "Freigabe",
        "Abstellmaßnahmen",
    ],
)
def test_a_german_word_names_one_field(word):
    found = vocabulary(get("8d")).match(word)
    assert found is not None
    assert _aliases(get("8d"))[word.casefold()] == {found[0]}


ROWS = [
    ("8D-Bericht", None),
    ("Reklamationsnummer", "RK-2611-0042"),
    ("Kunde", "Brose Fahrzeugteile GmbH"),
    ("Teilenummer", "A 223 540 12 00"),
    ("Erstelldatum", "2026-11-12"),
    ("Problembeschreibung", "Steckergehäuse gerissen an der Rastnase, 37 Teile im Wareneingang"),
    ("Sofortmaßnahmen", "100% Sichtprüfung aller Lagerbestände, Sperrung Charge 2611-07"),
    ("Ursache", "Werkzeugeinsatz verschlissen, Rastnase unterdimensioniert"),
    ("Abstellmaßnahmen", "Werkzeugeinsatz erneuert, Wartungsintervall auf 50.000 Schuss verkürzt"),
    ("Wirksamkeit", "0 Ausfälle in 3 Lieferungen (12.000 Teile) nach Umstellung"),
    ("Übertragung auf ähnliche Produkte", "Gleiche Werkzeuge für A 223 540 13 00 geprüft und erneuert"),
    ("Freigabe", "Dr. Anna Vogel"),
]
NUMBERS = {"Problembeschreibung": "D2", "Sofortmaßnahmen": "D3", "Ursache": "D4", "Abstellmaßnahmen": "D5"}
NUMBERS |= {"Wirksamkeit": "D6", "Übertragung auf ähnliche Produkte": "D7", "Freigabe": "D8"}


def _vda(path: Path, numbered: bool, widths: tuple[int, int]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "8D"
    for r, (label, value) in enumerate(ROWS, start=1):
        text = f"{NUMBERS[label]} {label}" if numbered and label in NUMBERS else label
        ws.cell(r, 1, text).font = Font(bold=True)
        ws.cell(r, 1).border = BOX
        if value is not None:
            ws.cell(r, 2, value)
        ws.cell(r, 2).border = BOX
    ws.column_dimensions["A"].width, ws.column_dimensions["B"].width = widths
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    wb.save(path)
    return path


def _check(doc: dict) -> None:
    record = doc["record"]
    value = dict(ROWS)
    assert [c["cause"] for c in record["root_cause"]] == [value["Ursache"]]
    assert [c["action"] for c in record["containment"]] == [value["Sofortmaßnahmen"]]
    assert [c["action"] for c in record["corrective_actions"]] == [value["Abstellmaßnahmen"]]
    assert [i["result"] for i in record["implementation"]] == [value["Wirksamkeit"]]
    assert record["prevention"]["horizontal_deployment"] == value["Übertragung auf ähnliche Produkte"]
    assert record["prevention"]["lessons_learned"] is None
    assert record["closure"]["approved_by"] == "Dr. Anna Vogel"
    assert "printed_across_pages" not in [w["code"] for w in doc["warnings"]]


@pytest.mark.parametrize("numbered", [False, True])
def test_a_vda_8d_workbook_is_read_by_its_german_headings(tmp_path, numbered):
    code, out = parse_cli(_vda(tmp_path / "vda.xlsx", numbered, (30, 56)))
    assert out, code
    _check(out[0])


@pytest.mark.parametrize(("numbered", "widths"), [(True, (30, 56)), (False, (34, 70))])
def test_the_printed_vda_8d_reads_as_the_workbook_freigabe_too(tmp_path, numbered, widths):
    # (34, 70): too wide for A4, the values go on page 2 beside the empty title row: joined
    pdf = soffice_convert(_vda(tmp_path / "vda.xlsx", numbered, widths), "pdf", tmp_path)
    code, out = parse_cli(pdf)
    assert out, code
    _check(out[0])
