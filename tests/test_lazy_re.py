"""The modules' constant patterns are compiled at their first use (kesu_docs/lazy_re.py, issue
15): they answer as compiled patterns do, every one of them compiles, and importing the reader
compiles almost none of them."""

from __future__ import annotations

import importlib
import pickle
import pkgutil
import re
import subprocess
import sys

import pytest
from helpers import ROOT

import kesu_docs
from kesu_docs.lazy_re import _LazyPattern, lazy_re


def _compiled(pattern: _LazyPattern) -> bool:
    """Whether the pattern has been compiled (its slots filled), asked without compiling it."""
    try:
        _LazyPattern.search.__get__(pattern)  # type: ignore[attr-defined]
    except AttributeError:
        return False
    return True


def _span(found: re.Match | None) -> tuple[int, int] | None:
    return None if found is None else found.span()


def _modules():
    for info in pkgutil.walk_packages(kesu_docs.__path__, "kesu_docs."):
        if info.name.endswith("__main__"):  # runs the command
            continue
        if info.name.startswith("kesu_docs.web"):  # needs the web extras; its patterns are few
            try:
                yield importlib.import_module(info.name)
            except ImportError:
                continue
        else:
            yield importlib.import_module(info.name)


def _lazy_patterns():
    for module in _modules():
        for name, value in vars(module).items():
            if isinstance(value, _LazyPattern):
                yield f"{module.__name__}.{name}", value


def test_a_lazy_pattern_answers_as_the_compiled_one():
    text = "客户 PO-2026-07, 数量 1,200 pcs；客户 QA-9"
    for pattern, flags in [(r"(?P<code>[A-Z]{2})-(\d+)", 0), (r"客户\s*(\S+)", re.I), (rb"\d+", 0)]:
        lazy, compiled = lazy_re(pattern, flags), re.compile(pattern, flags)
        subject = text.encode() if isinstance(pattern, bytes) else text
        assert lazy.pattern == compiled.pattern
        assert lazy.findall(subject) == compiled.findall(subject)
        assert [m.span() for m in lazy.finditer(subject)] == [m.span() for m in compiled.finditer(subject)]
        assert lazy.flags == compiled.flags and lazy.groups == compiled.groups
        assert lazy.groupindex == compiled.groupindex
        assert lazy.split(subject) == compiled.split(subject)
        empty = b"" if isinstance(pattern, bytes) else ""
        assert lazy.sub(empty, subject) == compiled.sub(empty, subject)
        assert lazy.subn(empty, subject) == compiled.subn(empty, subject)
        for method in ("search", "match", "fullmatch"):
            assert _span(getattr(lazy, method)(subject)) == _span(getattr(compiled, method)(subject))


def test_the_pattern_is_compiled_once_at_its_first_use_and_a_bad_one_fails_then():
    lazy = lazy_re(r"[\u4e00-\u9fff]+")
    assert isinstance(lazy, _LazyPattern)
    assert not _compiled(lazy)
    first = lazy.search
    assert _compiled(lazy)
    assert lazy.search == first and lazy.search("ab客户") is not None  # the compiled pattern's own
    assert lazy.search.__self__ is lazy.match.__self__  # one compiled pattern behind every method
    broken = lazy_re(r"(unclosed")
    with pytest.raises(re.error):
        broken.search("x")
    with pytest.raises(AttributeError):
        lazy.no_such_method  # noqa: B018


def test_a_lazy_pattern_pickles_as_its_pattern_and_flags():
    again = pickle.loads(pickle.dumps(lazy_re(r"\d+", re.I)))
    assert isinstance(again, _LazyPattern) and again.pattern == r"\d+"
    assert again.flags & re.I and again.findall("a12b3") == ["12", "3"]


def test_every_constant_pattern_of_kesu_compiles():
    """A pattern compiled at its first use would hide a mistake in it until a layout needs it:
    each is compiled here."""
    found = dict(_lazy_patterns())
    assert len(found) > 300  # the reader's, the renderer's, the register's
    for name, pattern in found.items():
        try:
            assert pattern.groups >= 0  # compiles it
        except re.error as exc:  # pragma: no cover - the failure names the pattern
            pytest.fail(f"{name}: {exc}")


def test_importing_the_reader_compiles_almost_none_of_its_patterns():
    """Only what a table built at import uses (vocab's CJK test) is compiled then, of 300 and
    more: the rest wait for the form that needs them."""
    probe = (
        "import kesu_docs.parse.reading, kesu_docs.parse.profile, kesu_docs.parse.excel, kesu_docs.parse.pdf\n"
        "import sys\n"
        "from kesu_docs.lazy_re import _LazyPattern\n"
        "def compiled(v):\n"
        "    try:\n"
        "        return _LazyPattern.search.__get__(v) is not None\n"
        "    except AttributeError:\n"
        "        return False\n"
        "made = [f'{m.__name__}.{k}' for m in list(sys.modules.values()) if m and m.__name__.startswith('kesu_docs')\n"
        "        for k, v in vars(m).items() if isinstance(v, _LazyPattern) and compiled(v)]\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe + "print(len(made), sorted(made))"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    assert int(out.stdout.split()[0]) <= 3, out.stdout
