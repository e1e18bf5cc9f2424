"""Same results before and after a speed change: every printed PDF read by two versions of kesu.

    python bench/pdf_same.py [--base COMMIT] [--keep DIR] [--excel] [--corpus DIR] [--config kesu.toml]

The ``kesu_docs`` of ``COMMIT`` (default ``main``) is taken out of git with ``git archive``
into a temporary folder; each side reads every PDF of samples/, tests/layouts, every tests/holdout*
set — and of ../shared/corpus when it is there (read in place, never
copied) — in a fresh interpreter, one file at a time in one process (so a cache filled by one
file and wrongly reused by the next shows up), and writes each result's whole output (record,
errors, warnings, provenance, in Chinese and in English). The two outputs must be equal, file
by file; the first differences are printed. Exit status 1 when they differ.

Speed work on the PDF path (issue 15) must leave this at "same": it is the check that goes
with ``bench/pdf_bench.py``. It times nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from baseline_bench import checkout  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"

_DUMP = """
import json, sys
sys.path.insert(0, sys.argv[1])
from kesu_docs.parse import parse_paths
import kesu_docs
assert kesu_docs.__file__.startswith(sys.argv[1]), kesu_docs.__file__
out = {}
for name in sys.argv[3:]:
    try:
        results = parse_paths([name])
        out[name] = [[r.to_dict("zh"), r.to_dict("en"), r.fatal] for r in results]
    except Exception as exc:  # a crash is a result too
        out[name] = repr(exc)
with open(sys.argv[2], "w", encoding="utf-8") as fh:
    json.dump(out, fh, ensure_ascii=False, sort_keys=True, indent=1, default=str)
"""


# every hold-out set there is (tests/holdout … holdoutN, as each round adds one)
HOLDOUTS = sorted(
    (p.relative_to(ROOT).as_posix() for p in ROOT.glob("tests/holdout*") if p.is_dir()),
    key=lambda name: (len(name), name),
)
FOLDERS = ("samples", "tests/layouts", *HOLDOUTS)


def pdfs(pattern: str = "*.pdf", corpus: Path = CORPUS) -> list[Path]:
    """Every PDF (or file of ``pattern``) of the repository's forms and of the shared corpus."""
    found: list[Path] = []
    for folder in FOLDERS:
        found += sorted((ROOT / folder).rglob(pattern))
    if corpus.is_dir():
        found += sorted(corpus.rglob(pattern))
    return found


def dump(root: Path, files: list[Path], into: Path, config: Path | None = None) -> dict:
    env = dict(os.environ, PYDANTIC_DISABLE_PLUGINS="1")
    env.pop("KESU_CONFIG", None)  # no profiles, no kesu.toml of the caller's …
    if config is not None:  # … but those asked for (--config): the layout profiles it names
        env["KESU_CONFIG"] = str(config.resolve())
    with tempfile.TemporaryDirectory() as cwd:
        done = subprocess.run(
            [sys.executable, "-c", _DUMP, str(root), str(into), *map(str, files)],
            capture_output=True,
            text=True,
            cwd=cwd,
            env=env,
            timeout=1200,
        )
    if done.returncode != 0:
        raise SystemExit(f"reading with {root} failed:\n{done.stderr[-3000:]}")
    return json.loads(into.read_text(encoding="utf-8"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default="main", help="the commit to compare with (default main)")
    parser.add_argument(
        "--keep", type=Path, help="a folder to keep both outputs in (before.json, after.json)"
    )
    parser.add_argument(
        "--excel", action="store_true", help="the .xlsx files too (the reader's vocabulary is shared)"
    )
    parser.add_argument(
        "--corpus",
        type=Path,
        default=CORPUS,
        help="the shared corpus (default ../shared/corpus beside this checkout: a worktree elsewhere names it)",
    )
    parser.add_argument(
        "--config",
        type=Path,
        help="a kesu.toml whose layout profiles both sides read with (default: none, the generic reader)",
    )
    opts = parser.parse_args()
    files = pdfs(corpus=opts.corpus) + (pdfs("*.xlsx", opts.corpus) if opts.excel else [])
    with tempfile.TemporaryDirectory() as tmp:
        keep = opts.keep or Path(tmp)
        keep.mkdir(parents=True, exist_ok=True)
        old_root = checkout(opts.base, Path(tmp) / "old")
        if old_root is None:
            return 0
        before = dump(old_root, files, keep / "before.json", opts.config)
        after = dump(ROOT, files, keep / "after.json", opts.config)
    differ = [name for name in before if before[name] != after.get(name)]
    results = sum(len(v) if isinstance(v, list) else 1 for v in before.values())
    print(f"{len(files)} files ({results} results) read by {opts.base} and by this checkout: ", end="")
    if not differ:
        print("same records, errors, warnings and provenance")
        return 0
    print(f"{len(differ)} differ")
    for name in differ[:10]:
        print(f"  {name}")
        a = json.dumps(before[name], ensure_ascii=False, sort_keys=True, indent=1).splitlines()
        b = json.dumps(after.get(name), ensure_ascii=False, sort_keys=True, indent=1).splitlines()
        import difflib

        for line in list(difflib.unified_diff(a, b, "before", "after", n=1, lineterm=""))[:30]:
            print("    " + line)
    return 1


if __name__ == "__main__":
    sys.exit(main())
