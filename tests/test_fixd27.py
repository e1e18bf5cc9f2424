"""The review's mends of round 27 (fixd27): hidden sheets, currency cues, the test harness."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from helpers import ROOT, behind_a_cover, clean_environment, read_doc
from test_currency_cues26 import _credit_note, _read
from test_debts27 import _dollars

from kesu_docs.config import Settings
from kesu_docs.parse.currency import krone_of


# ---------------------------------------------------------------------------------- 3. the dollars' table
def test_a_lettered_dollars_table_an_older_kesu_kept_is_never_read(tmp_path: Path):
    """Before: the table was kept under Babel's version alone, so a kesu making it otherwise (a
    mended ``_dollar_signs_of_cldr``, a wider ``_LETTERED_DOLLAR``) went on reading the table an
    older kesu had kept for the same Babel. Now its name carries a digest of what makes it."""
    import babel

    cache = tmp_path / "cache"
    older = cache / "cldr" / f"dollar-signs-{babel.__version__}.json"  # (as kesu ≤ 0.27 named it)
    older.parent.mkdir(parents=True, mode=0o700)
    older.write_text('{"NZ$": "XXX"}')
    older.chmod(0o600)
    assert _dollars(cache)["table"]["NZ$"] == "NZD"
    [kept] = (cache / "cldr").glob(f"dollar-signs-{babel.__version__}-*.json")
    assert _dollars(cache)["locales"] == 0  # (the new table read after, as before)


# ---------------------------------------------------------------------------------- 1. very hidden sheets
def _with_a_blank_master(tmp_path: Path, form_state: str) -> Path:
    """The sample return note (its sheet ``form_state``: visible, hidden) behind a cover, with a
    very hidden blank master copy carrying the form's title and nothing else."""
    from openpyxl import load_workbook

    sent = behind_a_cover(tmp_path, form_state)
    wb = load_workbook(sent)
    master = wb.create_sheet("Master")
    master["A1"] = "成品退货单"
    master["A2"] = "示范电子股份有限公司"
    master.sheet_state = "veryHidden"
    wb.save(sent)
    return sent


@pytest.mark.parametrize("form_state", ["hidden", "visible"])
def test_a_very_hidden_blank_master_copy_beside_the_form_is_no_refusal(tmp_path: Path, form_state: str):
    """Before (debts27): a very hidden sheet carrying the form's title in its first 60 values was
    ``form_sheet_very_hidden`` before any form was looked for, so the form on the hidden sheet
    beside it was never read. Now only a very hidden sheet a form is read from is refused."""
    doc = read_doc(_with_a_blank_master(tmp_path, form_state))
    assert not doc["errors"], doc["errors"]
    assert doc["record"]["customer"] == read_doc(ROOT / "samples" / "return-valid.xlsx")["record"]["customer"]
    hidden = [w for w in doc["warnings"] if w["code"] == "form_on_hidden_sheet"]
    assert len(hidden) == (form_state == "hidden")


def test_a_very_hidden_title_alone_leaves_the_shown_sheets_own_error(tmp_path: Path):
    from openpyxl import load_workbook

    sent = behind_a_cover(tmp_path, "veryHidden")
    wb = load_workbook(sent)
    del wb["成品退货单"]
    master = wb.create_sheet("Master")
    master["A1"] = "成品退货单"
    master.sheet_state = "veryHidden"
    wb.save(sent)
    [error] = read_doc(sent)["errors"]
    assert error["code"] != "form_sheet_very_hidden", error


# ---------------------------------------------------------------------------------- 2. names and places
@pytest.mark.parametrize(
    "text",
    ["Mr George", "Mr. George", "Attn: George", "Prepared by: Nigel", "signed Nigel", "联系人: George"],
)
def test_a_towns_name_after_a_title_or_a_label_of_a_person_names_no_rand(tmp_path: Path, text: str):
    """George, Nigel: towns of South Africa and first names. Before: ZAR (debts27 told a person's
    name only by a capitalised word of three letters or more beside it; Mr, Attn:, by: are none)."""
    got, said = _read(_credit_note(tmp_path / "r.xlsx", [["Buyer / Koper", text]], "R18,50", "R22 200,00"))
    assert got == "" and len(said) == 1 and "(R)" in said[0], (got, said)


@pytest.mark.parametrize(
    ("texts", "krone"),
    [
        (["Kunde: Fynsk El, Odense Kommune"], "DKK"),
        (["Leverans: Uppsala kommun, Box 1"], "SEK"),
        (["Kontakt: Erik Lund, tel. 12"], ""),  # (a surname still)
    ],
)
def test_a_towns_name_beside_a_word_of_a_place_names_its_country(texts: list[str], krone: str):
    """Before: ``Odense Kommune`` named nothing (Kommune: a capitalised word beside the town's
    name, read as a surname)."""
    assert krone_of(texts) == krone


# ---------------------------------------------------------------------------------- 5. the checkout's kesu.toml
def test_the_settings_of_the_suites_in_process_commands_are_the_defaults():
    from kesu_docs.config import settings

    assert settings().serial_width == 3 and settings().company == Settings().company


def test_a_kesu_toml_where_the_suite_runs_is_left_aside_not_a_stop(tmp_path: Path):
    """Before: the suite stopped at once (``pytest.exit``) where a kesu.toml lay in the folder it
    runs in — an IT person's real settings in the checkout, and ``make test`` ran nothing. Now
    the suite's commands read empty settings, and one line says the file is ignored."""
    stray = tmp_path / "kesu.toml"
    stray.write_text('company = "Stray Works"\nserial_width = 5\n', encoding="utf-8")
    test = f"{ROOT / 'tests' / 'test_fixd27.py'}::test_the_settings_of_the_suites_in_process_commands_are_the_defaults"
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", test],
        cwd=tmp_path,
        env=clean_environment(),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert f"kesu: {stray} is ignored by the tests" in run.stderr
    assert stray.read_text(encoding="utf-8").startswith('company = "Stray Works"')  # (left as it was)


# ---------------------------------------------------------------------------------- 6. a server that will not start
def test_the_throwaway_postgresql_server_answers(pg_url):
    import psycopg

    with psycopg.connect(pg_url) as conn:
        assert conn.execute("SELECT 1").fetchone() == (1,)


def _server_test(tmp_path: Path, **env: str) -> subprocess.CompletedProcess:
    test = f"{ROOT / 'tests' / 'test_fixd27.py'}::test_the_throwaway_postgresql_server_answers"
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider", test],
        cwd=tmp_path,
        env=clean_environment(**env),
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_a_postgresql_server_that_will_not_start_is_a_skip_off_ci_and_a_failure_on_ci(tmp_path: Path):
    """Before (flake27): a failure wherever the binaries are, though a clerk's machine may keep
    the server from starting (AppArmor, no runuser). Here, as root, runuser is kept off PATH."""
    import os
    import shutil

    if (
        os.geteuid() != 0
        or shutil.which("runuser") is None
        or not list(Path("/usr/lib/postgresql").glob("*"))
    ):
        pytest.skip("shown as root with PostgreSQL's binaries and runuser (runuser kept off PATH)")
    bare = str(Path(sys.executable).parent)  # (python, no runuser)
    elsewhere = _server_test(tmp_path, PATH=bare, CI="")
    assert elsewhere.returncode == 0 and "1 skipped" in elsewhere.stdout, elsewhere.stdout
    assert "could not start a throwaway PostgreSQL server" in elsewhere.stdout
    on_ci = _server_test(tmp_path, PATH=bare, CI="true")
    assert on_ci.returncode == 1 and "could not start a throwaway PostgreSQL server" in on_ci.stdout
