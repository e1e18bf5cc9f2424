"""The reader's patterns built from the code an earlier command compiled (speed43, issue 15):
the same patterns as compiled, a damaged or unsafe file never read, the CLI's output unchanged."""

from __future__ import annotations

import gc
import importlib
import os
import pkgutil
import re
import subprocess
import sys
from array import array
from pathlib import Path

import pytest

import kesu_docs.parse
from kesu_docs import lazy_re

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "complaint-valid.xlsx"


@pytest.fixture
def kept(tmp_path, monkeypatch):
    """lazy_re keeping compiled code in a cache folder of its own, its state put back after."""
    monkeypatch.setenv("KESU_CACHE", str(tmp_path / "cache"))
    saved = (
        list(lazy_re._KEEP),
        dict(lazy_re._KEPT),
        dict(lazy_re._NEW),
        list(lazy_re._LOADED),
        set(lazy_re._USED),
    )
    lazy_re._KEEP[0] = True
    fresh()
    yield tmp_path / "cache" / "patterns"
    lazy_re._KEEP[:], lazy_re._LOADED[:] = saved[0], saved[3]
    for now, before in ((lazy_re._KEPT, saved[1]), (lazy_re._NEW, saved[2]), (lazy_re._USED, saved[4])):
        now.clear()
        now.update(before)  # type: ignore[attr-defined]


def fresh() -> None:
    """As a new process: nothing read from the file, nothing compiled."""
    lazy_re._KEPT.clear()
    lazy_re._NEW.clear()
    lazy_re._USED.clear()
    lazy_re._LOADED[0] = False


def reader_patterns() -> list[tuple[str, int]]:
    """Every pattern of :func:`lazy_re` the reader's modules hold (≈ 360)."""
    for info in pkgutil.walk_packages(kesu_docs.parse.__path__, "kesu_docs.parse."):
        importlib.import_module(info.name)
    found = {
        (item.pattern, item._flags)
        for item in gc.get_objects()
        if isinstance(item, lazy_re._LazyPattern) and isinstance(item.pattern, str)
    }
    return sorted(found)


def test_patterns_built_from_the_kept_code_are_the_patterns_compiled(kept):
    patterns = reader_patterns()
    assert len(patterns) > 200
    plain = {key: lazy_re._sre_compiler.compile(*key) for key in patterns}
    for key in patterns:  # the first run: compiled, the code kept at its end
        assert lazy_re._compiled(*key) == plain[key]
    lazy_re._write_kept()
    files = list(kept.iterdir())
    assert len(files) == 1 and files[0].stat().st_mode & 0o777 == 0o600
    fresh()  # the next run: built from the file, nothing compiled
    for key in patterns:
        made = lazy_re._compiled(*key)
        # (a compiled pattern equals another when its text, flags and matcher's code are the same)
        assert made == plain[key] and made.groupindex == plain[key].groupindex
    assert not lazy_re._NEW and len(lazy_re._KEPT) == len(patterns)
    before = files[0].stat().st_mtime_ns
    lazy_re._write_kept()  # nothing new: not written again
    assert files[0].stat().st_mtime_ns == before


def test_a_damaged_or_unsafe_file_is_not_read(kept):
    patterns = reader_patterns()[:40]
    for key in patterns:
        lazy_re._compiled(*key)
    lazy_re._write_kept()
    (path,) = kept.iterdir()
    good = path.read_bytes()
    # one byte of what it holds changed: the checksum no longer matches, nothing is taken
    path.write_bytes(good[:-1] + bytes([good[-1] ^ 1]))
    fresh()
    assert lazy_re._compiled(*patterns[0]) == lazy_re._sre_compiler.compile(*patterns[0])
    assert not lazy_re._KEPT and lazy_re._NEW
    # the right bytes in a file others may write: not read either
    path.write_bytes(good)
    path.chmod(0o666)
    fresh()
    lazy_re._compiled(*patterns[0])
    assert not lazy_re._KEPT
    path.chmod(0o600)
    fresh()
    lazy_re._compiled(*patterns[0])
    assert len(lazy_re._KEPT) == len(patterns) and not lazy_re._NEW


def test_a_code_the_matcher_refuses_is_compiled_again(kept):
    key = reader_patterns()[0]
    lazy_re._LOADED[0] = True
    lazy_re._KEPT[key] = [0, array("I", [9999, 1, 2]).tobytes(), 0, {}, [None]]  # no matcher's code
    assert lazy_re._compiled(*key) == lazy_re._sre_compiler.compile(*key)
    assert key not in lazy_re._KEPT and key in lazy_re._NEW


def test_kesu_parse_prints_the_same_with_the_patterns_kept(tmp_path):
    env = dict(os.environ, KESU_CACHE=str(tmp_path / "cache"), PYTHONPATH=str(ROOT))
    command = [sys.executable, "-m", "kesu_docs", "parse", str(SAMPLE)]
    first = subprocess.run(command, capture_output=True, cwd=tmp_path, env=env)
    (path,) = (tmp_path / "cache" / "patterns").iterdir()
    written = path.stat().st_mtime_ns
    second = subprocess.run(command, capture_output=True, cwd=tmp_path, env=env)
    assert first.returncode == second.returncode == 0
    assert first.stdout == second.stdout and second.stdout.startswith(b'{"source"')
    assert path.stat().st_mtime_ns == written  # every pattern of the second run was in it


def test_a_pattern_made_at_run_time_is_built_from_the_kept_code_too(kept):
    from kesu_docs import values

    pattern = values._tax_named.__wrapped__().pattern  # the rate's tax names (≈ 1,000 characters)
    first = lazy_re.compiled_now(pattern)
    lazy_re._write_kept()
    fresh()
    again = lazy_re.compiled_now(pattern)
    assert first == again == re.compile(pattern) and (pattern, 0) in lazy_re._KEPT
    assert again.sub("", "VAT 16 %").strip() == "16 %"
