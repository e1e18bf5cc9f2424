"""Which kind of form is it: read every filled file WITHOUT --kind and compare the kind found.

    python bench/kinds_score.py                       # every tests/holdout*/ set, its copy2/,
                                                      # tests/layouts and the shared corpus
    python bench/kinds_score.py tests/holdout66       # one set (and its copy2/)
    python bench/kinds_score.py --odd                 # the odd files (tests/holdout*/odd/): what
                                                      # each says (kind, error codes), to compare
    python bench/kinds_score.py --json                # for scripts

A file is **recognised** when the kind the reader found alone is its expected file's ``kind``.
A miss is either **unknown** (no kind: ``unknown_kind``, a clear "not a recognised form") or
**wrong** (another kind: worse, it would go into the register as that form); each is printed with
the file, the kind expected, the kind got and the reason the reader gave (its kind error, or the
warnings it put on the kind: ``kind_guessed``, ``other_form_named``…). The files and the expected
kinds are found as bench/holdout_score.py finds them (bench/reader_score.py's ``expected_files``,
``parse_doc``). The exit code is 0 either way: this is a measurement.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import asdict, dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from reader_score import OWN_LAYOUTS, ROOT, SHARED_CORPUS, expected_files, parse_doc  # noqa: E402

# the problems whose code says something about the kind chosen (or not chosen)
_KIND_CODES = re.compile(r"kind|form_named|two_forms|not_a_form|letter|empty_file|unreadable")


@dataclass
class KindResult:
    folder: str
    file: str
    expected: str
    got: str | None
    reason: str

    @property
    def recognised(self) -> bool:
        return self.got == self.expected

    @property
    def miss(self) -> str | None:
        """None when recognised, else ``unknown`` (no kind) or ``wrong`` (another kind)."""
        if self.recognised:
            return None
        return "unknown" if self.got is None else "wrong"


def _reason(doc: dict) -> str:
    """The reader's word on the kind: its kind errors (or, with a kind, its kind warnings)."""
    said = [
        f"{p.get('code')}: {p.get('message', '')}"
        for key in ("errors", "warnings")
        for p in doc.get(key, []) or []
        if _KIND_CODES.search(str(p.get("code", "")))
    ]
    if not said and doc.get("kind") is None:
        said = [f"{p.get('code')}: {p.get('message', '')}" for p in doc.get("errors", []) or []]
    return " | ".join(said)


def kinds_of_folder(folder: Path, base: Path = ROOT) -> list[KindResult]:
    """Read every filled file of ``folder`` (expected/*.json's ``filled``) without --kind."""
    out = []
    name = str(folder.relative_to(base)) if folder.is_relative_to(base) else str(folder)
    for exp in expected_files(folder):
        for rel in exp.get("filled", []):
            path = folder / rel
            if not path.exists():
                out.append(KindResult(name, rel, exp["kind"], None, "file missing"))
                continue
            try:
                doc = parse_doc(path, None)
            except Exception as exc:  # a measurement: a crash is a miss with its reason
                out.append(KindResult(name, rel, exp["kind"], None, f"crash: {exc!r}"[:200]))
                continue
            out.append(KindResult(name, rel, exp["kind"], doc.get("kind"), _reason(doc)))
    return out


def shared_corpus() -> Path | None:
    """The shared corpus: beside the checkout (``../shared/corpus``), or beside the folder that
    holds a worktree (``/work/wt/BRANCH`` → ``/work/shared/corpus``)."""
    for base in (SHARED_CORPUS, *(p / "shared" / "corpus" for p in ROOT.parents)):
        if (base / "expected").is_dir():
            return base
    return None


def _set_number(p: Path) -> int:
    m = re.search(r"(\d+)$", p.name)
    return int(m[1]) if m else 1


def default_folders() -> list[Path]:
    """Every held-out set and its copy2/, tests/layouts (and its copy2/), the shared corpus."""
    sets = sorted(
        (p for p in (ROOT / "tests").glob("holdout*") if p.is_dir() and (p / "expected").is_dir()),
        key=_set_number,
    )
    out: list[Path] = []
    for s in [*sets, OWN_LAYOUTS]:
        out.append(s)
        if (s / "copy2" / "expected").is_dir():
            out.append(s / "copy2")
    corpus = shared_corpus()
    if corpus is not None:
        out.append(corpus)
    return out


def folders_of(args: list[str]) -> list[Path]:
    if not args:
        return default_folders()
    out = []
    for a in args:
        p = Path(a).resolve()
        out.append(p)
        if (p / "copy2" / "expected").is_dir():
            out.append(p / "copy2")
    return out


def _short(s: str, n: int = 160) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def report(results: list[KindResult]) -> str:
    lines = [f"{'set':28} {'recognised':>10} {'unknown':>7} {'wrong':>5}"]
    by_folder: dict[str, list[KindResult]] = {}
    for r in results:
        by_folder.setdefault(r.folder, []).append(r)
    for folder, rs in by_folder.items():
        n = sum(r.recognised for r in rs)
        lines.append(
            f"{folder:28} {n:>4}/{len(rs):<5} {sum(r.miss == 'unknown' for r in rs):>7} "
            f"{sum(r.miss == 'wrong' for r in rs):>5}"
        )
    n = sum(r.recognised for r in results)
    misses = Counter(r.miss for r in results if r.miss)
    lines.append(
        f"overall: recognised {n}/{len(results)}; unknown_kind {misses['unknown']}; "
        f"WRONG kind {misses['wrong']}"
    )
    by_pair = Counter((r.expected, r.got) for r in results if r.miss)
    if by_pair:
        lines.append(
            "misses by expected → got: " + ", ".join(f"{e}→{g}: {c}" for (e, g), c in by_pair.most_common())
        )
    lines.append("")
    lines.append("misses (file, expected, got, the reason said):")
    for r in results:
        if r.miss:
            tag = "WRONG  " if r.miss == "wrong" else "unknown"
            lines.append(
                f"  {tag} {r.folder}/{r.file}: expected {r.expected}, got {r.got}: {_short(r.reason)}"
            )
    return "\n".join(lines)


def odd_files() -> list[Path]:
    return sorted(
        (
            p
            for p in (ROOT / "tests").glob("holdout*/odd/*")
            if p.is_file() and p.suffix.lower() not in (".md", ".json")
        ),
        key=lambda p: (_set_number(p.parent.parent), p.name),
    )


def odd_report() -> str:
    """What each odd file says without --kind: its kind and its problem codes (to compare runs)."""
    lines = []
    for p in odd_files():
        try:
            doc = parse_doc(p, None)
        except Exception as exc:
            lines.append(f"{p.relative_to(ROOT)}: crash {exc!r}"[:200])
            continue
        codes = sorted({str(e.get("code")) for e in doc.get("errors", []) or []})
        warns = sorted(
            {
                str(w.get("code"))
                for w in doc.get("warnings", []) or []
                if _KIND_CODES.search(str(w.get("code")))
            }
        )
        lines.append(
            f"{p.relative_to(ROOT)}: kind={doc.get('kind')} errors={','.join(codes)} kind-warnings={','.join(warns)}"
        )
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folders", nargs="*", help="sets to read (default: every held-out set, layouts, corpus)")
    ap.add_argument("--odd", action="store_true", help="what the odd files say, one line each")
    ap.add_argument("--json", action="store_true", help="print JSON")
    args = ap.parse_args(argv)
    if args.odd:
        print(odd_report())
        return 0
    results: list[KindResult] = []
    for folder in folders_of(args.folders):
        rs = kinds_of_folder(folder)
        results += rs
        print(f"  … {folder}: {sum(r.recognised for r in rs)}/{len(rs)}", file=sys.stderr, flush=True)
        for r in rs:
            if r.miss:
                print(
                    f"    {r.miss} {r.file}: {r.expected} → {r.got}: {_short(r.reason, 100)}",
                    file=sys.stderr,
                    flush=True,
                )
    if args.json:
        print(json.dumps([dict(asdict(r), miss=r.miss) for r in results], ensure_ascii=False, indent=1))
    else:
        print(report(results))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
