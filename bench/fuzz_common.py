"""What the three fuzz harnesses share (bench/fuzz_xlsx.py, bench/fuzz_pdf.py, bench/fuzz_toml.py).

Coverage-guided fuzzing with atheris (libFuzzer for Python): not a dependency of kesu, installed
by hand into the venv that runs a harness (``.venv/bin/pip install atheris``). Each harness reads
one input the way ``kesu parse`` reads each file (``read_files`` then the batch's checks), and
calls a *finding* what must never happen to a clerk's batch:

- an exception escaping the reader (``kesu parse`` would stop with a traceback);
- ``internal_error`` (a bug of ours caught per document) or an ``unreadable_file`` /
  ``corrupt_file`` whose reason is a bare Python error of our own code (``KeyError``,
  ``IndexError``, ``TypeError``…) caught by the reader's last-resort ``except``: not a clear
  reason a clerk can act on;
- a file taking more than :data:`SLOW_S` seconds (libFuzzer's ``-timeout`` stops a hang), or
  the process past ``-rss_limit_mb`` (libFuzzer stops it).

A finding is not a crash of the harness: it is written once per distinct place (the exception's
type and the innermost frame of kesu's code) to ``FINDINGS/<harness>/<signature>.bin`` with a
``.txt`` beside it (the traceback), and fuzzing goes on. Run one harness at a time, niced, for a
bounded time; the machine is shared::

    nice -n 10 .venv/bin/python bench/fuzz_xlsx.py -max_total_time=600 -timeout=20 -rss_limit_mb=1500

``FUZZ_OUT`` (default ``/tmp/kesu-fuzz``) holds the corpora (seeded on the first run from the
small files of tests/ and samples/, never from the shared corpus) and the findings.
"""

from __future__ import annotations

import gc
import hashlib
import os
import random
import re
import sys
import time
import traceback
import types
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
OUT = Path(os.environ.get("FUZZ_OUT", "/tmp/kesu-fuzz"))
SLOW_S = 10.0

# a library's own failure, said by its kind (limits._LIBRARY_KINDS) or text: a clear reason
_LIBRARY_ERRORS = {
    "BadZipFile",
    "error",
    "EOFError",
    "ParseError",
    "ExpatError",
    "UnicodeDecodeError",
    "CalamineError",
    "PdfReadError",
    "PdfStreamError",
    "PDFSyntaxError",
    "PSSyntaxError",
    "PSEOF",
    "PDFTypeError",
    "PDFValueError",
    "PDFException",
    "PdfiumError",
    "XLRDError",
    "CompDocError",
    "LimitReachedError",
    "EntitiesForbidden",
    "DTDForbidden",
    "NotImplementedError",  # zipfile's "That compression method is not supported"
    # python-calamine's own
    "XmlError",
    "ZipError",
    "PasswordError",
    "WorksheetNotFound",
}


class Findings:
    """The distinct findings of one harness, each saved once with its input."""

    def __init__(self, harness: str) -> None:
        self.folder = OUT / "findings" / harness
        self.folder.mkdir(parents=True, exist_ok=True)
        self.seen = {p.stem for p in self.folder.glob("*.txt")}
        self.runs = 0
        self.slowest = 0.0

    def add(self, data: bytes, kind: str, tb: str) -> None:
        # (the error's kind and where: its words vary with each input)
        signature = hashlib.sha1(f"{kind.split(':')[0]}|{_innermost(tb)}".encode()).hexdigest()[:12]
        if signature in self.seen:
            return
        self.seen.add(signature)
        (self.folder / f"{signature}.bin").write_bytes(data)
        (self.folder / f"{signature}.txt").write_text(f"{kind}\n{_innermost(tb)}\n\n{tb}", encoding="utf-8")
        print(f"\n=== FINDING {signature}: {kind} at {_innermost(tb)}", file=sys.stderr, flush=True)

    def timed(self, data: bytes, started: float) -> None:
        took = time.monotonic() - started
        self.slowest = max(self.slowest, took)
        self.runs += 1
        if took > SLOW_S:
            self.add(data, f"slow {took:.1f} s", f"took {took:.1f} s")


def _innermost(tb: str) -> str:
    """The innermost ``File ".../kesu_docs/...", line N, in f`` of a traceback (else its last)."""
    lines = [line.strip() for line in tb.splitlines() if line.strip().startswith("File ")]
    ours = [line for line in lines if "kesu_docs" in line]
    place = (ours or lines or [tb[:80]])[-1]
    return place.split("kesu_docs/", 1)[-1]


_CAUGHT: list[str] = []


def watch_last_resorts() -> None:
    """Keep the traceback of every exception the reader's last-resort handlers turn into a
    problem (``library_reason``, ``_internal``), so that a finding says where it was raised."""
    from kesu_docs.parse import limits, reading

    said = limits.library_reason

    def library_reason(exc: BaseException) -> Any:
        _CAUGHT.append("".join(traceback.format_exception(exc)))
        return said(exc)

    limits.library_reason = library_reason
    for module in list(sys.modules.values()):
        if (
            getattr(module, "__name__", "").startswith("kesu_docs")
            and getattr(module, "library_reason", None) is said
        ):
            module.library_reason = library_reason  # type: ignore[attr-defined]
    internal = reading._internal

    def _internal(source: str, kind: str | None, exc: Exception) -> Any:
        _CAUGHT.append("".join(traceback.format_exception(exc)))
        return internal(source, kind, exc)

    reading._internal = _internal


def parse_as_kesu(path: Path, findings: Findings, data: bytes) -> list[Any]:
    """``path`` read and checked as ``kesu parse`` does each file; findings recorded."""
    from kesu_docs.parse.reading import check_batch, read_files

    _CAUGHT.clear()
    started = time.monotonic()
    try:
        results = check_batch(read_files([path], None))
    except Exception as exc:  # kesu parse would stop here with a traceback
        findings.add(data, f"escaped {type(exc).__name__}", "".join(traceback.format_exception(exc)))
        return []
    finally:
        findings.timed(data, started)
    for result in results:
        for problem in result.errors:
            unclear = _unclear(problem)
            if unclear:
                tb = _CAUGHT[-1] if _CAUGHT else unclear
                findings.add(data, f"{problem.code} {unclear}", tb)
    return results


def _unclear(problem: Any) -> str:
    """The Python error behind a problem that is no clear reason, else ""."""
    if problem.code == "internal_error":
        return str(problem.params.get("reason", ""))[:120]
    if problem.code not in ("unreadable_file", "corrupt_file"):
        return ""
    reason = problem.params.get("reason")
    en = getattr(reason, "en", str(reason or ""))
    if "(" not in en:
        return ""
    detail = en.rsplit("(", 1)[-1]
    name = detail.split(":", 1)[0].strip(" )")
    if name and name[0].isupper() and name not in _LIBRARY_ERRORS and name.isidentifier():
        return detail[:120]
    return ""


def instrument(prefixes: Iterable[str]) -> int:
    """Atheris's coverage on every function already imported from a module under ``prefixes``
    (kesu imports most of its reader lazily: call this after one reading of each seed)."""
    import atheris

    prefixes = tuple(prefixes)
    done = 0
    for obj in gc.get_objects():
        if not isinstance(obj, types.FunctionType):
            continue
        module = getattr(obj, "__module__", None) or ""
        if not module.startswith(prefixes) or not isinstance(obj.__code__, types.CodeType):
            continue
        try:
            atheris.instrument_func(obj)
            done += 1
        except Exception:
            pass
    print(f"INFO: instrumented {done} functions of {', '.join(prefixes)}", file=sys.stderr)
    return done


def distinct(count: int) -> Callable[[int], None]:
    """A function taking ``i`` < ``count`` down a branch of its own: called with an input's
    choice (the seed workbook and part it mutates), it keeps every seed in libFuzzer's corpus —
    a seed whose part is the seed's own reads as its workbook does, and would be dropped as
    adding no coverage, its part never mutated."""
    lines = ["def chosen(i):"] + [
        f"    {'if' if k == 0 else 'elif'} i == {k}:\n        return" for k in range(count)
    ]
    space: dict[str, Any] = {}
    exec("\n".join(lines), space)  # (a chain of branches atheris instruments one by one)
    return space["chosen"]


def corpus(harness: str, seeds: Callable[[], Iterable[bytes]]) -> Path:
    """The harness's corpus folder, seeded the first time."""
    folder = OUT / "corpus" / harness
    if not folder.is_dir() or not any(folder.iterdir()):
        folder.mkdir(parents=True, exist_ok=True)
        for data in seeds():
            (folder / hashlib.sha1(data).hexdigest()).write_bytes(data)
    return folder


# the pieces of a markup a mutation changes while the tags around them stay whole: attribute
# values, element texts, and (PDF) strings, arrays and numbers
_PIECES = re.compile(
    rb'"[^"<>]{0,200}"|>[^<>]{1,200}<|\((?:[^()\\]|\\.){0,200}\)|\[[^\[\]]{0,200}\]|-?\d+(?:\.\d+)?'
)


def in_place(data: bytes, max_size: int, seed: int, keep: int = 0) -> bytes:
    """A custom mutation: most often one attribute value, element text, string or number of the
    input (after its first ``keep`` bytes) mutated by libFuzzer while the markup around it stays
    well-formed, so that the parsers accept it and kesu's own code meets it; else libFuzzer's
    own mutation of the whole input."""
    import atheris

    pick = random.Random(seed)
    if pick.random() < 0.75:
        pieces = [m.span() for m in _PIECES.finditer(data, keep)]
        if pieces:
            start, end = pieces[pick.randrange(len(pieces))]
            bracketed = end - start > 1 and data[start] in b'">(['
            inner = data[start + 1 : end - 1] if bracketed else data[start:end]
            mutated = atheris.Mutate(inner, len(inner) + 64)
            if bracketed:
                mutated = data[start : start + 1] + mutated + data[end - 1 : end]
            return (data[:start] + mutated + data[end:])[:max_size]
    return atheris.Mutate(data, max_size)


def run(
    harness: str,
    test_one: Any,
    seeds: Callable[[], Iterable[bytes]],
    prefixes: Iterable[str],
    words: Iterable[str] = (),
    keep: int | None = None,
    instrumented: Iterable[Callable[..., Any]] = (),
    findings: Findings | None = None,
    beside: Callable[[Path, bytes], None] | None = None,
) -> None:
    """libFuzzer over ``test_one`` with the corpus and the arguments given on the command line;
    with one input file as the only argument, that input read again (``beside``: the file it
    stands for written next to it, for a clerk's program to open) and the runs' figures said."""
    watch_last_resorts()
    if len(sys.argv) == 2 and Path(sys.argv[1]).is_file():
        data = Path(sys.argv[1]).read_bytes()
        if beside is not None:
            beside(Path(sys.argv[1]), data)
        test_one(data)
        if findings is not None:
            print(f"runs {findings.runs}, {findings.slowest:.2f} s")
        return
    import atheris

    folder = corpus(harness, seeds)
    for data in sorted(p.read_bytes() for p in folder.iterdir())[:64]:  # every lazy import made
        test_one(data)
    instrument(prefixes)
    for extra in instrumented:
        atheris.instrument_func(extra)
    argv = [sys.argv[0], *sys.argv[1:], str(folder)]
    dictionary = "".join(f'"{_escaped(w)}"\n' for w in words)
    if dictionary:
        listed = OUT / f"{harness}.dict"
        listed.write_text(dictionary, encoding="ascii")
        argv.insert(1, f"-dict={listed}")
    if keep is None:
        atheris.Setup(argv, test_one)
    else:  # structure kept: the markup's pieces mutated in place (in_place)
        atheris.Setup(argv, test_one, custom_mutator=lambda d, m, seed: in_place(d, m, seed, keep))
    atheris.Fuzz()


def _escaped(word: str) -> str:
    """A word as libFuzzer's dictionary writes it (quotes, backslashes, other bytes as \\xNN)."""
    return "".join(
        f"\\x{b:02x}" if b < 32 or b > 126 or b in b'"\\' else chr(b) for b in word.encode("utf-8")
    )
