"""The review of attack33 (issue 10, bad input): what its mends let through — SQLite's locks
taken away by a spelling of "true" other than ``1``/``yes`` or by a parameter given twice, SQLite
parameters that become part of a file's name, Excel's days 1–60 read a day early outside the
xlsx date cells. Real SQLite registers, real workbooks, the real command; each test fails
without its mend."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import zipfile
from pathlib import Path

import pytest
from helpers import kesu
from hostile import complaint, write_json
from test_attack33 import refused_unlocked

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "complaint-valid.xlsx"


def _locks_taken(uri: str, path: Path) -> bool:
    """Does SQLite lock the file opened by ``uri``? (one connection holds it exclusively, a
    plain one to ``path`` tries the same at once)"""
    holder = sqlite3.connect(uri, uri=True, timeout=0, isolation_level=None)
    other = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        holder.execute("BEGIN EXCLUSIVE")
        try:
            other.execute("BEGIN EXCLUSIVE")
        except sqlite3.OperationalError:
            return True
        other.execute("ROLLBACK")
        return False
    finally:
        holder.close()
        other.close()


# ------------------------------------------ SQLite's true, however written; a parameter given twice
@pytest.mark.parametrize("parameters", ["nolock=2", "nolock=0x1", "immutable=1x", "nolock=1&nolock=0"])
def test_an_address_taking_sqlites_locks_away_by_any_spelling_of_true_is_refused(tmp_path, parameters):
    """attack33 refused ``nolock`` / ``immutable`` when their value was 1, yes, true or on (the
    last of a name given twice): SQLite takes any number not 0 for true (``2``, ``0x1``, ``1x``)
    and reads the FIRST ``nolock`` of ``nolock=1&nolock=0`` — no lock, two clerks issuing one
    number twice. The guard shows SQLite taking no lock with these very values."""

    plain = tmp_path / "plain.db"
    sqlite3.connect(plain).execute("CREATE TABLE t (x)").connection.close()
    assert _locks_taken(f"file:{plain}?nolock=0", plain)  # (guard: the probe sees a lock)
    assert not _locks_taken(f"file:{plain}?{parameters.replace('immutable', 'nolock')}", plain)

    # (the address's ? written %3F: the query goes to SQLite as it is, a name repeated kept)
    query = parameters.replace("=", "%3D").replace("&", "%26")
    address = f"sqlite:///file:{tmp_path / 'k.db'}%3F{query}?uri=true"
    refused_unlocked(tmp_path, address)
    # (guard) locks plainly kept: a register as any other
    kept = f"sqlite:///file:{tmp_path / 'kept.db'}%3Fnolock%3D0%26immutable%3Doff?uri=true"
    assert kesu("render", "c.json", "-o", "out", "--db", kept, cwd=tmp_path).exit_code == 0


# ------------------------------------------------ parameters of a name not starting file:
def test_sqlite_parameters_of_an_address_not_starting_file_are_refused_not_made_a_file_name(tmp_path):
    """``--db 'sqlite:///k.db?cache=shared&uri=true'``: SQLite takes a name not starting
    ``file:`` as a plain file's — a new register ``k.db?cache=shared`` numbering 202609001
    again beside the clerk's ``k.db``, the parameter never in force. Now refused, said in the
    clerk's language, nothing made."""
    write_json(tmp_path / "c.json", complaint())
    assert kesu("render", "c.json", "-o", "first", "--db", "k.db", cwd=tmp_path).exit_code == 0
    for lang, said in (("zh", "只有以 file: 开头的地址"), ("en", "only an address starting file:")):
        address = "sqlite:///k.db?cache=shared&uri=true"
        done = kesu("--lang", lang, "render", "c.json", "-o", "out", "--db", address, cwd=tmp_path)
        assert done.exit_code == 2 and said in " ".join(done.output.split()), done.output
    assert sorted(p.name for p in tmp_path.glob("k.db*")) == ["k.db"]
    assert not (tmp_path / "out").exists()
    # (guard) the same as a file: URI is a register as any other
    address = f"sqlite:///file:{tmp_path / 'k.db'}?cache=shared&uri=true"
    assert kesu("render", "c.json", "-o", "out", "--db", address, cwd=tmp_path).exit_code == 0


# ---------------------------------------------------------------- Excel's days 1 to 60
def test_excels_days_before_march_1900_are_the_days_excel_shows():
    """``excel_serial_to_date`` counted from 1899-12-30: right from day 61 on (past Excel's
    phantom 1900-02-29), a day early for days 1–59 and day 60 read as 1900-02-28."""
    from kesu_docs.values import PHANTOM_LEAP_DAY, excel_day, excel_serial_to_date

    assert excel_serial_to_date(1) == dt.date(1900, 1, 1)
    assert excel_serial_to_date(59.5) == dt.date(1900, 2, 28)
    assert excel_serial_to_date(61) == dt.date(1900, 3, 1)
    assert excel_serial_to_date(46273) == dt.date(2026, 9, 8)  # (guard)
    assert excel_serial_to_date(60, epoch_1904=True) == dt.date(1904, 3, 1)  # (guard)
    with pytest.raises(ValueError):
        excel_serial_to_date(60)
    assert excel_day(60.25) == PHANTOM_LEAP_DAY and excel_day(59) == dt.date(1900, 2, 28)


def _with_received(path: Path, cell: bytes) -> Path:
    """The sample form with its received date's cell (F5) replaced by ``cell``."""
    with zipfile.ZipFile(SAMPLE) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    shown = b'<c r="F5" s="9" t="n"><v>46273</v></c>'
    assert shown in parts["xl/worksheets/sheet1.xml"]
    parts["xl/worksheets/sheet1.xml"] = parts["xl/worksheets/sheet1.xml"].replace(shown, cell)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in parts.items():
            out.writestr(name, data)
    return path


@pytest.mark.parametrize(("serial", "read"), [("59", "1900-02-28"), ("1", "1900-01-01"), ("60", None)])
def test_a_day_count_typed_in_a_date_field_is_the_day_excel_shows(tmp_path, serial, read):
    """A day count in the received date's cell with no date format (read as Excel's day, the
    reader's one rule for a number in a date field): 59 was read 1900-02-27, 1 as 1899-12-31,
    60 as 1900-02-28 — attack33 mended only the cells calamine gives as dates. Now the day
    Excel shows; 60 is "not a valid date: 1900-02-29"."""
    form = _with_received(tmp_path / "f.xlsx", f'<c r="F5" t="n"><v>{serial}</v></c>'.encode())
    [doc] = [json.loads(line) for line in kesu("--lang", "en", "parse", form).output.splitlines()]
    received = (doc["record"] or {}).get("received_date")
    assert received == read, doc
    if read is None:
        assert any("not a valid date: 1900-02-29" in e["message"] for e in doc["errors"]), doc["errors"]


# ------------------------------------------------------------ a small letter sharing its capital
def test_final_sigma_is_folded_with_sigma_as_ntfs_folds_it():
    """NTFS upper-cases ``ς`` (final sigma) and ``σ`` both to ``Σ``: ``ς.docx`` and ``σ.docx`` are
    one file there. attack33 folded capitals alone: ``ς`` kept apart, two working copies of a
    batch planned under names one disk takes for one. ``ſ``, ``ı`` (capitals in ASCII), the
    Kelvin sign, ``ẞ``/``ß`` stay apart (guards, as NTFS keeps them)."""
    from kesu_docs.filenames import folded
    from kesu_docs.filing import _unplanned

    assert folded("ΟΔΟΣ.DOCX") == folded("οδος.docx") == folded("οδοσ.docx") == "οδοσ.docx"
    for apart in (("ſ", "s"), ("ı", "i"), ("\u212a", "k"), ("ẞ", "ß"), ("ﬁ", "fi")):
        assert folded(apart[0]) != folded(apart[1]), apart
    planned: set[str] = set()
    assert _unplanned("οδος.xlsx", planned) == "οδος.xlsx"
    assert _unplanned("οδοσ.xlsx", planned) == "οδοσ (2).xlsx"
