"""The reader review's findings of the twenty-eighth round, mended (fixd28, issue 10: never
silent, never overfitted): a currency word two countries write, month words switched on by
another language's letters, the words a person's name follows, the count words."""

from pathlib import Path

import pytest
from helpers import field_codes, read_doc
from test_reader28 import _return_note

from kesu_docs.month_names import IZAFE
from kesu_docs.parse.currency import codes_in_figure, krone_of, local_signs
from kesu_docs.parse.persons import person_label_words
from kesu_docs.values import parse_date


def test_a_currency_word_two_countries_write_names_both() -> None:
    # som: the Uzbek and the Kyrgyz som (ky is a home language); manat: the Azerbaijani and the
    # Turkmen manat; shillings: Kenya's, Tanzania's, Uganda's, Somalia's — said, never one picked
    assert codes_in_figure("1 200 som") == {"UZS", "KGS"}
    assert codes_in_figure("1 200 manat") == {"AZN", "TMT"}
    assert {"KES", "TZS", "UGX"} <= codes_in_figure("3 000 shillings")
    assert local_signs()["som"] == local_signs()["manat"] == ""
    # a sign only one of them writes still names it: the Uzbek so'm as typed, the Kyrgyz сом
    assert codes_in_figure("1 200 so'm") == codes_in_figure("1 200 soʻm") == {"UZS"}
    assert codes_in_figure("1 200 сом") == {"KGS"}
    assert codes_in_figure("1'200 сом") == {"KGS"}  # (an apostrophe between digits: a thousands mark)
    assert codes_in_figure("500 Birr") == {"ETB"}


# ---------------------------------------------------------------------------------- short month words, cued
@pytest.mark.parametrize(
    ("labels", "date"),
    [
        # French writes ê î û (Fenêtre), Latvian ā ē ī ū (Rīga), Uzbek the ʻ of oʻ: no Kurmanji,
        # no Samoan form by them
        (("Fenêtre de retour / Return No.", "Date", "Client / Customer"), "12 Adar 2026"),
        (("Pasūtījums / Return No.", "Datums / Date", "Rīga / Customer"), "5 Mati 2026"),
        (("Qaytarish / Return No.", "Sana / Date", "Oʻzbekiston / Customer"), "5 Mati 2026"),
    ],
)
def test_a_short_month_word_is_no_month_on_a_form_in_a_language_sharing_its_letters(
    tmp_path: Path, labels: tuple[str, str, str], date: str
) -> None:
    """Before: 2026-03-12 / 2026-03-05, and no word said (ê switched Kurmanji on, ī Samoan)."""
    doc = read_doc(_return_note(tmp_path, labels, date), kind="return")
    assert (doc["record"] or {}).get("issue_date") is None
    assert field_codes(doc, "issue_date"), doc["errors"]  # (said, never silent)


def test_a_short_month_word_read_by_the_forms_letters_is_said_with_why(tmp_path: Path) -> None:
    """Before: 2026-03-03 filled, no word. Kurmanji's ş with ê together is its own."""
    labels = ("Hejmara vegerê / Return No.", "Dîrok / Date", "Mişterî / Customer")
    doc = read_doc(_return_note(tmp_path, labels, "3 Adar 2026"), kind="return")
    assert doc["record"]["issue_date"] == "2026-03-03", doc["errors"]
    assert "date_month_by_form_language" in field_codes(doc, "issue_date")


# ---------------------------------------------------------------------------------- the words a name follows
@pytest.mark.parametrize(
    ("text", "krone"),
    [("Lieferung von Odense", "DKK"), ("Envío por Malmö", "SEK"), ("Geleverd door Bergen", "NOK")],
)
def test_a_town_after_a_function_word_of_a_label_is_still_a_place(text: str, krone: str) -> None:
    """Before: "" (von, por, door — the last words of Erstellt von, Elaborado por, Behandeld door —
    took the town for a person's name, the place cue lost)."""
    assert krone_of([text]) == krone
    assert krone_of(["Prepared by Odense"]) == ""  # (after … by: a person's name)


def test_the_words_a_name_follows_are_whole_and_composed() -> None:
    """Before: ``何人(Who)`` kept whole (a Chinese label's note in brackets), ``i̇sim`` with the
    combining dot a capital İ folds to (``Isim``, ``İsim`` never matched)."""
    words = person_label_words()
    assert {"何人", "isim", "by"} <= words
    assert not {"von", "por", "door", "何人(Who)", "i\u0307sim"} & words


# ---------------------------------------------------------------------------------- the izafe, one table
@pytest.mark.parametrize(
    ("text", "iso"),
    [("7 ноябри 2026", "2026-11-07"), ("3 gulanê 2026", "2026-05-03"), ("9 reşemiyê 2026", "2026-02-09")],
)
def test_a_month_with_its_languages_izafe_is_read_by_one_table(text: str, iso: str) -> None:
    """Months outside the held-out forms, read through :data:`month_names.IZAFE` (Kurmanji -ê/-yê,
    Tajik -и): a refactor of two one-language functions into one table, so this passed before
    too; a language added to the table is read the same way."""
    assert IZAFE.keys() >= {"ku", "tg"}
    assert parse_date(text).isoformat() == iso
