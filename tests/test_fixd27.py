"""The review's mends of round 27 (fixd27): hidden sheets, currency cues, the test harness."""

from __future__ import annotations

from pathlib import Path

from test_debts27 import _dollars


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
