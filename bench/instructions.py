"""Instructions executed by one batch of ``kesu parse``, counted by Valgrind (callgrind): the
measure of speed work on a loaded machine, where wall and CPU time wander (issue 15).

    python bench/instructions.py pdf            # every printed form of pdf_bench.py
    python bench/instructions.py excel          # every filled .xlsx of the same folders
    python bench/instructions.py pdf --root DIR # the kesu_docs of DIR (e.g. a `git archive` of main)
    python bench/instructions.py pdf --config kesu.toml --every 10  # with the layout profiles it
                                                # names, every 10th file (profiles are slow to fit)
    python bench/instructions.py pdf --baseline # baseline_bench.py's files read as it reads them
    python bench/instructions.py pdf --baseline --split  # and where they went: PDFium, the
                                                # regular-expression engine, pydantic-core …

A child interpreter under ``valgrind --tool=callgrind --instr-atstart=no`` reads every file
once (warm: imports, each form's vocabulary, the profiles), empties kesu's per-text caches as
pdf_bench.py does, then counts the instructions of reading every file once more, one file at
a time as a batch does (instrumentation is switched on around that pass alone with
``callgrind_control``). ``--baseline``: the files of ``baseline_bench.py`` (samples/ and
tests/layouts/filled/, the row "vs before the reader round"), read as it times them — one batch of
all of them, warm, its caches kept — the pass counted once. The machine's other work does not change the count (a run's own hash
seeds may move it a little: compare changes of a percent or more).
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from _common import counted, counted_script  # noqa: E402

_CHILD = counted_script(
    """
    from kesu_docs.parse import parse_paths
    from pdf_bench import forget
    batch = sys.argv[3] == "batch"
    files = sys.argv[4:]
    if batch:
        parse_paths(files)
    else:
        for name in files:
            parse_paths([name])
        forget()
    """,
    """
    if batch:
        parse_paths(files)
    else:
        for name in files:
            parse_paths([name])
    """,
)


def files_of(what: str, baseline: bool = False) -> list[Path]:
    from pdf_bench import forms

    if baseline:  # (baseline_bench.py's sets)
        layouts = ROOT / "tests" / "layouts" / "filled"
        suffix = "*.pdf" if what == "pdf" else "*.xlsx"
        return sorted(ROOT.glob(f"samples/{suffix}")) + sorted(layouts.glob(suffix))
    if what == "pdf":
        return forms()
    return [p.with_suffix(".xlsx") for p in forms() if p.with_suffix(".xlsx").is_file()]


def count(
    root: Path, files: list[Path], config: Path | None = None, batch: bool = False, split: bool = False
) -> int:
    """Instructions of the measured pass over ``files`` with the kesu_docs of ``root``;
    ``split``: their split by where they ran printed too (:func:`split_of`)."""
    env = dict(os.environ, PYDANTIC_DISABLE_PLUGINS="1")
    env.pop("KESU_CONFIG", None)
    if config is not None:
        env["KESU_CONFIG"] = str(config.resolve())
    with tempfile.TemporaryDirectory() as cwd:
        out = Path(cwd) / "callgrind.out"
        subprocess.run(
            counted(out, "-c", _CHILD, str(root), str(HERE), "batch" if batch else "each", *map(str, files)),
            check=True,
            capture_output=True,
            cwd=cwd,
            env=env,
            timeout=3600,
        )
        found = {
            f: int(m.group(1))
            for f in Path(cwd).glob("callgrind.out*")
            for m in re.finditer(r"^(?:summary|totals):\s*(\d+)", f.read_text(errors="replace"), re.M)
        }
        if split:
            print(split_of(max(found, key=lambda f: found[f])))
    return max(found.values())


# where an instruction ran, by its function's object (and, in Python's own library, its source
# file): the library's name as printed, tried in this order
_PLACES = (
    ("libpdfium", "PDFium (pypdfium2: pages, text, glyph boxes)"),
    ("_sre", "the regular-expression engine (Python's sre)"),
    ("pydantic_core", "pydantic-core (validation)"),
    ("opencc", "OpenCC (Traditional / Simplified)"),
    ("rapidfuzz", "rapidfuzz"),
    ("libz", "zlib"),
    ("libpython", "the interpreter (Python code, objects, dicts)"),
    ("libc", "libc (memory, copies)"),
)


def split_of(out: Path) -> str:
    """The instructions of a callgrind output file by where they ran (:data:`_PLACES`): each
    cost line's own (exclusive) count, by its object and source file (a call's line, the
    callee's inclusive cost, left out), with their share."""
    objects: dict[str, str] = {}
    files: dict[str, str] = {}

    def named(names: dict[str, str], value: str) -> str:  # ``(3) /path`` once, ``(3)`` after
        key, _, name = value.partition(" ")
        if key.startswith("(") and key.endswith(")"):
            if name:
                names[key] = name
            return names.get(key, key)
        return value

    sums: dict[str, int] = {}
    obj = source = ""
    call = False
    with out.open(errors="replace") as lines:
        for line in lines:
            head = line[:1]
            if head.isdigit() or head in "+-*":
                if call:
                    call = False
                    continue
                parts = line.split()
                if len(parts) > 1:
                    where = f"{source} {obj}"
                    place = next((name for key, name in _PLACES if key in where), "other")
                    sums[place] = sums.get(place, 0) + int(parts[1])
            elif line.startswith("ob="):
                obj = named(objects, line[3:].strip())
            elif line.startswith(("fl=", "fi=", "fe=")):
                source = named(files, line[3:].strip())
            elif line.startswith("calls="):
                call = True
            elif line.startswith("cob="):  # (a callee's object or file named for later use)
                named(objects, line[4:].strip())
            elif line.startswith(("cfi=", "cfl=")):
                named(files, line[4:].strip())
    total = sum(sums.values())
    return "\n".join(
        f"  {n / 1e6:12,.1f} M  {n / total:6.1%}  {place}"
        for place, n in sorted(sums.items(), key=lambda kv: -kv[1])
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=("pdf", "excel"))
    parser.add_argument("--root", type=Path, default=ROOT, help="the checkout whose kesu_docs is counted")
    parser.add_argument("--config", type=Path, help="a kesu.toml (its layout profiles are used)")
    parser.add_argument(
        "--every", type=int, default=1, help="every Nth file only (profiles make a file ~100x slower)"
    )
    parser.add_argument(
        "--baseline",
        action="store_true",
        help="baseline_bench.py's files, one warm batch (the row against the pre-reader parse)",
    )
    parser.add_argument(
        "--split", action="store_true", help="also print where the instructions ran (PDFium, sre, pydantic …)"
    )
    opts = parser.parse_args()
    files = files_of(opts.what, opts.baseline)[:: max(opts.every, 1)]
    n = count(opts.root.resolve(), files, opts.config, opts.baseline, opts.split)
    print(f"{opts.what}: {len(files)} files, {n:,} instructions ({n / len(files) / 1e6:.1f} M a file)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
