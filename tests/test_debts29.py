"""Round 28's debts mended (debts29): one mechanism where there were two, tables where there
were one-language patches, a typed value where a string marked the number."""

from __future__ import annotations

import os
import time

from kesu_docs.config import SettingsFile
from kesu_docs.file_stamp import stamp_of


def _rewritten_in_place_same_size_and_mtime(path, text: str) -> None:
    """``path`` written over in place with ``text`` (as long as what it held), its mtime put
    back as it was (a backup put back with ``cp -p``): only its ctime tells."""
    before = os.stat(path)
    assert len(text.encode()) == before.st_size
    time.sleep(0.05)  # (the kernel's clock for ctime is coarse: a tick apart)
    with open(path, "r+b") as out:
        out.write(text.encode())
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    after = os.stat(path)
    assert (after.st_mtime_ns, after.st_size, after.st_ino) == (
        before.st_mtime_ns,
        before.st_size,
        before.st_ino,
    )


def test_a_files_stamp_tells_a_same_size_file_written_in_place_with_its_mtime_kept(tmp_path):
    path = tmp_path / "kesu.toml"
    path.write_text('company = "甲公司"\n', "utf-8")
    first = stamp_of(os.stat(path))
    _rewritten_in_place_same_size_and_mtime(path, 'company = "乙公司"\n')
    assert stamp_of(os.stat(path)) != first
    assert stamp_of(os.stat(path)) == stamp_of(os.stat(path))  # (nothing changed: the same)


def test_kesu_serves_settings_file_follows_an_edit_that_kept_the_files_size_and_mtime(tmp_path):
    """``kesu serve``'s settings file was stamped by mtime, size and inode alone: a kesu.toml put
    back with ``cp -p`` (its size and mtime those of the file it replaced, written in place) was
    never read again. Its stamp is now the templates' one (with the ctime)."""
    toml = tmp_path / "kesu.toml"
    toml.write_text('company = "甲公司"\n', "utf-8")
    watched = SettingsFile(toml)
    assert watched.current().company == "甲公司"
    _rewritten_in_place_same_size_and_mtime(toml, 'company = "乙公司"\n')
    assert watched.current().company == "乙公司"  # before: 甲公司


def _bench_common():
    import sys

    from helpers import ROOT

    sys.path.insert(0, str(ROOT / "bench"))
    import _common

    return ROOT, _common


def test_a_counted_child_script_counts_its_measured_part_alone_with_the_checkout_asked_for(tmp_path):
    """bench/instructions.py and bench/issue_instructions.py build their child script by one
    function (round 28 wrote its head and count switches twice): run under callgrind, it counts
    what it measures (more work measured, more counted; the setup's work never), with the
    kesu_docs of the checkout named, and refuses another's."""
    import re
    import shutil
    import subprocess

    import pytest

    if shutil.which("valgrind") is None or shutil.which("callgrind_control") is None:
        pytest.skip("valgrind (callgrind) is not installed")
    root, common = _bench_common()

    def run(root_arg, setup: str, measured: str) -> subprocess.CompletedProcess:
        out = tmp_path / f"cg-{len(list(tmp_path.iterdir()))}.out"
        script = common.counted_script(setup, measured, "print('after', total)")
        done = subprocess.run(
            common.counted(out, "-c", script, str(root_arg), str(root / "bench")),
            capture_output=True,
            text=True,
            timeout=600,
        )
        done.count = (  # type: ignore[attr-defined]
            int(re.search(r"^totals:\s*(\d+)", out.read_text(), re.M)[1]) if out.exists() else None
        )
        return done

    small = run(root, "total = sum(range(3_000_000))", "total = sum(range(1000))")
    large = run(root, "total = 0", "total = sum(range(300_000))")
    assert small.returncode == 0 and large.returncode == 0, (small.stderr[-800:], large.stderr[-800:])
    assert "after 499500" in small.stdout and "after 44999850000" in large.stdout
    assert large.count > small.count * 5  # (the setup's three million additions never counted)
    elsewhere = run(tmp_path, "total = 0", "total = 1")  # a folder holding no kesu_docs
    assert elsewhere.returncode != 0 and "AssertionError" in elsewhere.stderr


# ------------------------------------------------------------------------- 1. count words: a table
def test_the_count_words_are_one_table_by_language_each_with_its_source():
    """The count words were one regular expression with holdout28's words in it (``tiki``,
    ``ka buok``): they are a table of rows — the languages writing them, where they come from —
    and the expressions are built from it: a label's unit, a figure's own unit, a letter's count."""
    import re

    from babel import Locale

    from kesu_docs.parse.units import COUNT_WORD_TABLE, COUNT_WORDS, count_words, scale_of, without_unit

    assert len(COUNT_WORD_TABLE) >= 40
    for row in COUNT_WORD_TABLE:
        assert row.languages and row.words and row.source.strip(), row
        assert set(row.not_in_prose) <= set(row.words), row
        for lang in row.languages:
            assert re.fullmatch(r"[a-z]{2,3}(-[A-Z]{2})?", lang), row
    built = re.compile(count_words())
    for sample in ("pcs", "шт", "adet", "sztuk", "tiki", "buok", "ka buok", "'āpana", "件", "יח'"):
        assert built.fullmatch(sample), sample
    assert built.fullmatch("عدد"[::-1]) and built.fullmatch(
        "יחידה"[::-1]
    )  # (as a PDF in drawing order gives them)
    assert not built.fullmatch("ka") and not built.fullmatch("buok ka")  # (the linker alone is no count)
    prose = re.compile(f"(?:{COUNT_WORDS})")
    assert not any(prose.fullmatch(w) for w in ("st", "db", "gb.")) and prose.fullmatch("stuks")
    # the rows that cite the CLDR hold words of its unit for a count of things in that language
    for row in COUNT_WORD_TABLE:
        if row.source.startswith("CLDR"):
            for lang in row.languages:
                patterns = Locale.parse(lang)._data["unit_patterns"]["concentr-item"]
                said = {
                    re.sub(r"\{0\}|\.", "", text).strip()
                    for width in ("long", "short", "narrow")
                    for text in patterns[width].values()
                }
                assert set(row.words) <= said, (lang, said)
    # (used: a label's unit, a figure's own unit, a linked count word)
    assert scale_of("數量(千個)").of("qty") == 1000 and scale_of("数量(千tiki)").of("qty") == 1000
    assert without_unit("1,200 ka buok").strip() == "1,200" and without_unit("340 шт.").strip() == "340"


# ------------------------------------------------------- 2. a field's kind by its labels: one rule
def test_a_person_and_a_party_are_told_by_one_label_rule():
    """``persons.person_field`` and ``cell_lines.party_field`` were the same function twice; the
    words a person's label closes with (``Prepared by``, ``Supplier contact``) a pattern beside
    the person rule. One :class:`LabelRule` tells both; the closing words are part of it."""
    from dataclasses import replace

    from kesu_docs import forms
    from kesu_docs.lazy_re import lazy_re
    from kesu_docs.parse.cell_lines import PARTY, party_field
    from kesu_docs.parse.persons import PERSON, LabelRule, person_field, person_label_words

    assert person_field == PERSON.field and party_field == PARTY.field
    rule_end = LabelRule(("人",), lazy_re(r"(?i)\bby\b"), lazy_re("客户"), zh_at_end=True)
    rule_in = LabelRule(("人",), lazy_re(r"(?i)\bby\b"), lazy_re("客户"))
    meta = next(
        m for spec in forms.all_specs() for m in spec.leaf_fields.values() if m.kind == "text" and not m.long
    )
    asked = {
        ("经办人", ""): (True, True),
        ("人数", ""): (False, True),  # (at the end only, or anywhere)
        ("", "Handled by"): (True, True),
        ("客户联系人", "Handled by"): (False, False),  # (never: either label)
    }
    for (zh, en), said in asked.items():
        one = replace(meta, label_zh=zh, label_en=en)
        assert (rule_end.field(one), rule_in.field(one)) == said, (zh, en)
    assert not rule_end.field(replace(meta, label_zh="经办人", long=True))  # (a long text: no name)
    assert not rule_end.field(None)
    # a label closed by the one who did it is a person's by the same rule, that word a name's cue
    assert PERSON.told("", "Supplier contact") and not PERSON.told("", "Contact phone")
    assert {"by", "contact"} <= person_label_words() and "approval" not in person_label_words()


# ------------------------------------------- 1. the date's and the currency's one-language patches
def test_a_day_first_dates_words_are_one_table_by_language():
    """The day-first date's expression had Cebuano's ``ika-`` and ``sa`` written into it beside
    every other language's words: the words around a day, a month and a year are one table
    (:data:`kesu_docs.values.DAY_FIRST_WORDS`), by language, the expression built from it."""
    import datetime as dt

    from kesu_docs.values import DAY_FIRST_WORDS, parse_date

    places = {"before_day", "after_day", "before_month", "before_year", "after_year"}
    assert {place for place, _languages, _pattern in DAY_FIRST_WORDS} == places
    assert all(languages for _place, languages, _pattern in DAY_FIRST_WORDS)
    assert {lang for _p, languages, _w in DAY_FIRST_WORDS for lang in languages} >= {"ceb", "es", "tk", "pl"}
    read = {
        "ika-5 sa Marso 2026": dt.date(2026, 3, 5),  # Cebuano: the day's ordinal, sa before the month
        "5 de marzo del 2026": dt.date(2026, 3, 5),
        "5-nji mart 2026": dt.date(2026, 3, 5),
        "5 marca 2026 r.": dt.date(2026, 3, 5),
        "1er avril 2026": dt.date(2026, 4, 1),
        "5 ta' Marzu 2026": dt.date(2026, 3, 5),
    }
    for text, day in read.items():
        assert parse_date(text) == day, text


def test_a_currency_names_izafe_is_taken_off_by_the_izafe_table():
    """``currency._tajik_bare`` took the Tajik izafe off a currency's name by a rule of its own;
    the izafe is one table (:data:`kesu_docs.month_names.IZAFE`): put on a month's name, taken
    off a currency's (:func:`without_izafe`), a final ӣ written и before it either way."""
    from kesu_docs.month_names import IZAFE, without_izafe
    from kesu_docs.parse.currency import local_sign_codes

    assert without_izafe("tg", "сомонии") == ("сомонӣ",)  # (the CLDR: Сомонии Тоҷикистон)
    assert without_izafe("tg", "марти") == ("март",)
    assert without_izafe("ku", "adarê") == ("adar",) and without_izafe("ku", "reşemiyê") == ("reşemi",)
    assert without_izafe("en", "dollars") == () and without_izafe("tg", "ӣи") == ()  # (none; too short)
    assert all(len(izafe) == 3 for izafe in IZAFE.values())
    assert local_sign_codes()["сомонӣ"] == frozenset({"TJS"})
