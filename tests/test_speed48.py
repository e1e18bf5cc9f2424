"""Round 48, issue 15: the start-up of `kesu parse` and `kesu --help` (no timed test: the figures
are in docs/performance-history.md).

- the regular expressions' compiled programs kept from one run to the next
  (kesu_docs/re_programs.py): every pattern made from its kept program is ``re.compile``'s;
- python-stdnum (and with it ``ssl``, ``pydoc``) imported only for a 統一編號 to check;
- `kesu --help` formatted at click's width without importing ``shutil``.
"""

from __future__ import annotations

import gc
import importlib
import os
import pkgutil
import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest

import kesu_docs
from kesu_docs import re_programs
from kesu_docs.lazy_re import _LazyPattern, lazy_re

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "complaint-valid.xlsx"


@pytest.fixture
def fresh(monkeypatch, tmp_path):
    """re_programs as a new process finds it, its cache folder under tmp_path."""
    monkeypatch.setenv("KESU_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(re_programs, "_kept", None)
    monkeypatch.setattr(re_programs, "_writes", 0)
    monkeypatch.setattr(re_programs, "_used", set())
    monkeypatch.setattr(re_programs, "_new", True)  # (no atexit: the test saves)
    return tmp_path / "cache" / "regex"


def _new_process(monkeypatch) -> None:
    monkeypatch.setattr(re_programs, "_kept", None)
    monkeypatch.setattr(re_programs, "_used", set())


def test_pythons_compiler_is_where_the_kept_programs_need_it():
    """Fails loudly on a Python whose private compiler moved (every pattern would then be
    compiled at every start-up again: the same results, the start-up slower)."""
    if sys.implementation.name == "cpython" and (3, 10) <= sys.version_info[:2] <= (3, 13):
        assert re_programs.USABLE


def test_every_pattern_of_the_reader_made_from_its_program_is_res_own():
    """A compiled pattern compares its pattern, flags and program: each of the package's
    lazy patterns made from the program kept for it equals ``re.compile``'s."""
    for module in pkgutil.walk_packages(kesu_docs.__path__, "kesu_docs."):
        if module.name.endswith("__main__") or module.name.startswith(
            ("kesu_docs.web", "kesu_docs.cli.serve")
        ):
            continue
        importlib.import_module(module.name)
    patterns = {(p.pattern, p._flags) for p in gc.get_objects() if isinstance(p, _LazyPattern)}
    assert len(patterns) > 300
    for pattern, flags in patterns:
        made = re_programs._made(pattern, re_programs.program(pattern, flags))
        assert made == re.compile(pattern, flags), pattern
        assert made.groupindex == re.compile(pattern, flags).groupindex


def test_a_program_kept_by_one_process_is_used_by_the_next(fresh, monkeypatch):
    """Fails without kesu_docs/re_programs.py: the second process compiles nothing."""
    text = r"(?P<no>[\u4e00-\u9fff]{2,})\s*[:：]\s*(\d+)"
    first = re_programs.compiled(text, re.I)
    re_programs._save()
    [kept] = fresh.iterdir()
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    _new_process(monkeypatch)

    def no_compiling(*_args):
        raise AssertionError("compiled again")

    monkeypatch.setattr(re_programs, "program", no_compiling)
    again = re_programs.compiled(text, re.I)
    assert again == first == re.compile(text, re.I)
    assert again.search("编号：42").group("no", 2) == ("编号", "42")


def test_a_damaged_foreign_or_shared_file_is_not_used(fresh, monkeypatch):
    text = r"[\u3400-\u9fff]+"
    re_programs.compiled(text, 0)
    re_programs._save()
    [kept] = fresh.iterdir()
    good = kept.read_bytes()
    for bad in (b"\0garbage", good.replace(re_programs.KEY.encode(), b"x" * len(re_programs.KEY)), b""):
        kept.write_bytes(bad)
        _new_process(monkeypatch)
        assert re_programs.compiled(text, 0) == re.compile(text)
        assert re_programs._kept is not None and len(re_programs._kept) == 1  # (compiled here)
    kept.write_bytes(good)
    assert re_programs._read(str(kept))[1]
    os.chmod(kept, 0o666)  # others can write in it: not read
    assert re_programs._read(str(kept)) == (0, {})


def test_a_program_the_engine_refuses_is_compiled_again(fresh, monkeypatch):
    text = r"a(b+)c"
    re_programs.compiled(text, 0)
    _new_process(monkeypatch)
    monkeypatch.setattr(re_programs, "_writes", 0)
    flags, code, groups, groupindex, indexgroup = re_programs.program(text, 0)
    broken = (flags, [*code[:-3], 999999, 7, 1], groups, groupindex, indexgroup)
    re_programs._kept = {(text, 0): (0, broken)}
    made = re_programs.compiled(text, 0)
    assert made == re.compile(text) and made.fullmatch("abbc")


def test_programs_no_write_used_are_left_out_and_the_file_stays_small(fresh, monkeypatch):
    monkeypatch.setattr(re_programs, "STALE", 3)
    re_programs.compiled(r"old\d", 0)
    re_programs._save()
    for i in range(4):  # four runs, each with a pattern of its own
        _new_process(monkeypatch)
        re_programs.compiled(rf"new{i}\d", 0)
        re_programs._save()
    _new_process(monkeypatch)
    _writes, kept = re_programs._read(re_programs._path())
    assert {p for p, _f in kept} == {r"new1\d", r"new2\d", r"new3\d"}


def test_a_lazy_pattern_compiles_through_the_kept_programs(fresh):
    pattern = lazy_re(r"(\d+)\s*(?:pcs|件)")
    assert pattern.search("共 12 件").group(1) == "12"
    assert re_programs._kept is not None and (r"(\d+)\s*(?:pcs|件)", 0) in re_programs._kept


def test_parse_prints_the_same_with_the_programs_kept_and_without(tmp_path):
    """Two processes, the second with the first's programs: byte for byte the same output."""
    env = {**os.environ, "KESU_CACHE": str(tmp_path / "cache"), "PYTHONPATH": str(ROOT)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    runs = [
        subprocess.run(
            [sys.executable, "-m", "kesu_docs.cli", "parse", str(SAMPLE)],
            capture_output=True,
            env=env,
            cwd=tmp_path,
        )
        for _ in range(2)
    ]
    assert runs[0].stdout and runs[0].stdout == runs[1].stdout
    assert list((tmp_path / "cache" / "regex").glob("programs-*.marshal"))


def test_parsing_a_form_without_a_taiwanese_tax_id_imports_no_stdnum_or_ssl():
    """Fails without the import moved into not_ubn's loop: python-stdnum imports ``ssl``."""
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from kesu_docs.parse.reading import read_files\n"
        f"[r] = read_files([Path({str(SAMPLE)!r})], None)\n"
        "assert r.record is not None\n"
        "print(sorted(m for m in ('stdnum', 'ssl', 'pydoc') if m in sys.modules))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_kesu_help_imports_no_shutil_and_wraps_as_click_would():
    """Fails without the group's own context: click's formatter imports ``shutil`` (with ``bz2``,
    ``lzma``) to ask the terminal's width."""
    code = (
        "import sys\n"
        "from kesu_docs.cli import cli\n"
        "try:\n"
        "    cli.main(['--help'], prog_name='kesu')\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(sorted(m for m in ('shutil', 'bz2', 'lzma') if m in sys.modules))\n"
    )
    for columns in ("60", "100", "200"):
        env = {**os.environ, "COLUMNS": columns, "PYTHONPATH": str(ROOT)}
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
        )
        assert done.stdout.strip().splitlines()[-1] == "[]"
        clicks = (
            "import shutil, click.formatting as f\n"
            "f.FORCED_WIDTH = None\n"
            "print(f.HelpFormatter(max_width=100).width)\n"
        )
        want = subprocess.run(
            [sys.executable, "-c", clicks], capture_output=True, text=True, env=env, check=True
        )
        ours = (
            "import click.formatting as f\n"
            "from kesu_docs.cli import cli\n"
            "f.FORCED_WIDTH = None\n"
            "print(cli.make_context('kesu', ['--version'], resilient_parsing=True).make_formatter().width)\n"
        )
        got = subprocess.run(
            [sys.executable, "-c", ours], capture_output=True, text=True, env=env, check=True
        )
        assert got.stdout.split()[-1] == want.stdout.split()[-1], columns
