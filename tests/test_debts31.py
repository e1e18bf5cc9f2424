"""Round 30's final read mended (debts31): what was written twice made one (the ``/=`` mark,
the Setswana months, the write-then-rename), what sat at the wrong depth moved (a whole price
into the line's check, the store's linked rows onto the one query runner), and the command's
exits typed as exits."""

from __future__ import annotations

from typing import NoReturn, get_type_hints


# ------------------------------------------------------------------ 6. an exit never returns
def test_the_commands_failures_are_typed_as_never_returning():
    """``fail`` / ``fail_writing`` were annotated ``-> Exit``: a caller had to ``raise`` after
    them for its type checker (report_cmds did), as if they could return."""
    from kesu_docs.cli import common

    assert get_type_hints(common.fail)["return"] is NoReturn
    assert get_type_hints(common.fail_writing)["return"] is NoReturn


# ------------------------------------------------------------------ 1. one "no cents" mark
def test_the_no_cents_mark_is_one_for_the_amount_and_the_lines_figures():
    """``guards._NO_CENTS`` wrote ``/=|/-`` again beside ``typed._AFTER``, and the two differed:
    the line's figures took ``28/ =`` (a space inside the mark), the amount's reading did not;
    and a home currency's sign before the figure took no mark after it (``Rs. 500/-``: no
    amount). Now one :data:`~kesu_docs.parse.typed.NO_CENTS_MARK`, read by both."""
    from kesu_docs.forms import get
    from kesu_docs.parse import guards
    from kesu_docs.parse.typed import NO_CENTS_MARK, foreign_amount

    meta = guards.meta_at(get("allowance"), "items[0].unit_price")
    for text, figure in (
        ("72,750/=", 72750),
        ("500/-", 500),
        ("28 /=", 28),
        ("28/ =", 28),
        ("1,980/ -", 1980),
    ):
        read = foreign_amount(meta, text)
        assert read is not None and read[0] == f"{figure}.00", text
        assert guards._figure(text, "money") == figure, text
    assert foreign_amount(meta, "Rs. 500/-") == ("500.00", "Rs.")
    assert foreign_amount(meta, "Rs. 1,500/=") == ("1500.00", "Rs.")
    assert NO_CENTS_MARK in guards._NO_CENTS.pattern


# ------------------------------------------------------------------ 2. the months the CLDR lacks
def _cldr_months(language: str) -> set[str]:
    """Every month name the CLDR gives ``language`` (wide and short, in a date and alone),
    folded; empty for a language it has no locale of."""
    from babel.core import UnknownLocaleError
    from babel.dates import get_month_names

    from kesu_docs.month_names import fold

    try:
        return {
            fold(name)
            for width in ("wide", "abbreviated")
            for context in ("format", "stand-alone")
            for name in get_month_names(width, context, language).values()
        }
    except UnknownLocaleError:
        return set()


def test_every_month_name_written_by_hand_is_one_the_cldr_lacks():
    """``OTHERS["tn_ZA"]`` hand-copied glibc's twelve Setswana months beside the CLDR's ``tn``
    (eleven the same, only ``Mopitlwe`` its own), and so did the Sesotho, Igbo, Oromo and
    Kurmanji lists in part. Now a hand table holds only what the CLDR does not give its
    language (the rest is the CLDR's), and each spelling is still read."""
    from kesu_docs.month_names import BESIDE_CLDR, EXTRA, MAORI, OTHERS, cued_month, fold, month_of

    hand = {language: [(m, name) for m, name in enumerate(names, 1)] for language, names in OTHERS.items()}
    for language, months in BESIDE_CLDR.items():
        hand.setdefault(language, []).extend((m, name) for m, names in months.items() for name in names)
    hand["mi"] = [(m, name) for m, names in enumerate(MAORI, 1) for name in names]
    hand["de"] = [(m, name) for name, m in EXTRA.items()]
    for language, names in hand.items():
        cldr = _cldr_months(language)
        assert not [name for _, name in names if fold(name) in cldr], language
    for language, months in BESIDE_CLDR.items():
        for month, names in months.items():
            for name in names:
                assert cued_month(name, frozenset({language})) == month, name
                assert month_of(name) in (month, None), name
    assert cued_month("Mopitlwe", frozenset({"tn"})) == month_of("Mopitlwe") == 3
    assert month_of("Mopitlo") == 3  # (the CLDR's)


# ------------------------------------------------------------------ 5. the linked rows: one runner
def test_a_cases_linked_documents_are_read_by_the_one_query_runner(tmp_path, monkeypatch):
    """``sheet_store._linked`` built a SQLAlchemy statement of the linked documents' query text
    (``conn.execute(typed(…))``: a statement keyed, cached and compiled each step) beside the
    one runner fixj30 made (``schema.rows_of``: on SQLite the text on the driver as it is).
    Now the build runs no text statement through SQLAlchemy, and each case's row still names
    its return note."""
    import contextlib
    import json
    import sqlite3

    import sqlalchemy as sa
    from helpers import ROOT, calls_of, complaint
    from sqlalchemy.engine import Connection

    from kesu_docs import forms
    from kesu_docs.register import Register

    values = json.loads((ROOT / "samples" / "return-valid.json").read_text(encoding="utf-8"))
    values.pop("kind")
    db = tmp_path / "k.db"
    with Register.open(db) as reg:
        cases = [
            reg.issue(complaint(customer=f"客户{n}"), source_hash=f"c{n}", source=f"{n}.xlsx")
            for n in range(3)
        ]
        note = forms.get("return").model.model_validate({**values, "complaint_number": cases[1].number})
        filed = reg.issue(note, source_hash="r1", source="r1.json")
        texts = calls_of(
            monkeypatch,
            Connection,
            "execute",
            keep=lambda _conn, statement, *args, **kwargs: isinstance(
                statement, (sa.TextClause, sa.sql.selectable.TextualSelect)
            ),
        )
        assert reg.build_sheet_rows() == 4
    assert texts == []
    with contextlib.closing(sqlite3.connect(db)) as conn:
        rows = dict(conn.execute("SELECT document_id, row FROM tracking_rows").fetchall())
    assert sorted(rows) == [case.id for case in cases]
    naming = [i for i, row in rows.items() if filed.number.encode() in row]
    assert naming == [cases[1].id]
