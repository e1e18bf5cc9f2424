"""A ticked option printed in two languages whose halves name different options (issue 10).

``☑ Naprawa / Rework`` (Polish repair, English rework) and ``☑ Hurda / Rework`` (Turkish scrap,
English rework) read one of the two with a warning on the field (``option_halves_differ``),
never both and never silently; the half read is the one the form's other options (or the
field's own bilingual label) say is the language of the choice. Workbooks built here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import soffice_convert
from openpyxl import Workbook

from kesu_docs.forms.return_note import ReturnHandling
from kesu_docs.parse import parse_paths
from kesu_docs.parse.option_halves import halves_disagree, label_half, mend_halves


def _return_form(path: Path, handling: list[str], label: str = "İşlem / Handling") -> Path:
    wb = Workbook()
    ws = wb.active
    for row in [
        ["İADE FORMU / RETURN FORM"],
        ["İade No / Return No.", "IAD-2026-00777"],
        ["Tarih / Date", "16 Nisan 2026"],
        ["Müşteri / Customer", "Oyak Renault Otomobil Fabrikaları A.Ş."],
        ["Parça No / Part No.", "Parça Adı / Part Name", "Onaylanan / Approved", "İade / Returned"],
        ["OR-PIN-4410", "Pim / Pin", 3200, 3150],
        [],
        [label, *handling],
        ["Onaylayan / Approved by", "Burak Şahin"],
    ]:
        ws.append(row)
    for col in "ABCDEF":
        ws.column_dimensions[col].width = 26
    wb.save(path)
    return path


def _read(path: Path) -> tuple[Any, list[dict[str, Any]]]:
    [result] = parse_paths([path], kind="return")
    doc = result.to_dict("en")
    found = [p for p in doc["errors"] + doc["warnings"] if p["field"] == "handling"]
    return doc["record"].get("handling"), found


@pytest.mark.parametrize(
    ("handling", "read"),
    [
        # one cell of boxes; the other option names scrap in both halves: the label's English half
        (["☑ Naprawa / Rework   ☐ Złomowanie / Scrap"], ["rework"]),
        (["☑ Hurda / Rework   ☐ Değişim / Replacement"], ["rework"]),
        # a box a cell
        (["■ Naprawa / Rework", "□ Złomowanie / Scrap", "□ Wymiana / Replacement"], ["rework"]),
        # English first on this form: its other options' first halves all name options, their
        # second halves do not all (Yeni is no word of ours)
        (["☐ Scrap / Hurda ☑ Rework / Onarım ☐ Replacement / Yeni"], ["rework"]),
        # a second tick elsewhere is read as before
        (["☑ Hurda / Rework   ☐ Değişim / Replacement ☑ Scrap"], ["rework", "scrap"]),
        # typed without boxes, one half naming nothing of ours: one option, said
        (["Naprawa / Rework"], ["rework"]),
    ],
)
def test_the_halves_read_one_option_and_say_so(tmp_path: Path, handling: list[str], read: list[str]):
    value, found = _read(_return_form(tmp_path / "iade.xlsx", handling))
    assert value == read
    [warning] = [p for p in found if p["code"] == "option_halves_differ"]
    assert "two languages" in warning["message"]
    assert not [p for p in found if p["code"] == "invalid_choice"]


def test_agreeing_halves_and_listed_options_are_read_as_before(tmp_path: Path):
    value, found = _read(_return_form(tmp_path / "a.xlsx", ["☑ Hurda / Scrap ☐ Yeniden işleme / Rework"]))
    assert (value, found) == (["scrap"], [])
    # two options of ours typed with a slash are two choices, as written (no halves of one option)
    value, found = _read(_return_form(tmp_path / "b.xlsx", ["Scrap / Rework"]))
    assert (value, found) == (["scrap", "rework"], [])


def test_the_warning_in_chinese(tmp_path: Path):
    [result] = parse_paths(
        [_return_form(tmp_path / "c.xlsx", ["☑ Naprawa / Rework ☐ Złomowanie / Scrap"])], kind="return"
    )
    [warning] = [p for p in result.to_dict("zh")["warnings"] if p["code"] == "option_halves_differ"]
    assert "两种语言" in warning["message"] and "重工" in warning["message"]


def test_no_half_to_choose_reads_nothing():
    # both halves name an option, the other options name theirs in both languages and the
    # label says nothing: which one is ticked cannot be told — not read, said
    mended = mend_halves(ReturnHandling, "☑ Hurda / Rework ☐ Değişim / Replacement", lambda: None)
    assert mended is not None and mended.value is None
    assert [code for code, _ in mended.warnings] == ["option_halves_unread"]


def test_the_pieces():
    assert halves_disagree(ReturnHandling, ["Naprawa / Rework"])
    assert halves_disagree(ReturnHandling, ["Hurda / Rework"])
    assert not halves_disagree(ReturnHandling, ["Hurda / Scrap", "重工"])
    # another script, a word we lack: the Chinese half decides, and the field says so (dev22-mend)
    assert halves_disagree(ReturnHandling, ["返工 / Yeniden"])
    assert mend_halves(ReturnHandling, "☑ Hurda / Scrap", lambda: None) is None
    assert label_half("İşlem / Handling:", lambda h: h == "Handling") == 1
    assert label_half("处理方式", lambda h: True) is None


def test_an_accented_word_is_latin_script():
    # Turkish onarım (repair) beside English: one script, so a word we lack names nothing by its
    # translation (it was taken for another script, and read as a rework silently)
    assert ReturnHandling.lookup("Onarım / Rework") is None
    assert ReturnHandling.lookup("Złomowanie / Scrap") == ReturnHandling.SCRAP
    assert ReturnHandling.lookup("YENİDEN İŞLEME / REWORK") == ReturnHandling.REWORK


def test_on_the_print_too(tmp_path: Path):
    book = _return_form(tmp_path / "iade.xlsx", ["■ Naprawa / Rework", "□ Złomowanie / Scrap"])
    value, found = _read(soffice_convert(book, "pdf", tmp_path / "pdf"))
    assert value == ["rework"]
    assert [p["code"] for p in found] == ["option_halves_differ"]
