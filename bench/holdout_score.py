"""Score `kesu parse` on a folder of layouts (default: the held-out set, tests/holdout).

    python bench/holdout_score.py                    # tests/holdout, xlsx and PDF
    python bench/holdout_score.py tests/holdout2     # the second held-out set
    python bench/holdout_score.py tests/layouts      # any folder in the corpus format
    python bench/holdout_score.py --no-pdf -v        # Excel only; list every wrong or missing field
    python bench/holdout_score.py --json             # for scripts
    python bench/holdout_score.py tests/holdout4 --profiles   # profiles: learned on each
                                                     # layout's first copy, read on copy2/

The rules are bench/reader_score.py's (the shared corpus's score.py when present): a field is
right, near or missed; a **silent misread** is a wrong value (near included) with no error and
no warning on its field. Printed per file: right/expected, wrong values, silent misreads, and
then every silent misread with its field, label, what was read and what was expected.

An **unlisted value** is a value the reader put in a field that the expected file lists neither
in ``fields`` nor in ``absent``: the scorer used never to see it. It may be right (the form holds
it, the expected file's author did not list it) or a silent misread (a value where the form has
none, or the wrong text), so each is counted, with whether its field carries an error or a
warning, and printed with ``-v``. Not counted: the values a form derives itself when it has
none read (``DERIVED``, from each form's ``complete()``) — unless the reader read them from the
page (they then have a provenance) — and nothing else: no form's schema gives a field a default.
The exit code is 0 either way: this is a measurement.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from reader_score import ROOT, Rules, covers, expected_files, locate, parse_doc  # noqa: E402

HOLDOUT = ROOT / "tests" / "holdout"

# The fields each form fills itself when the page gives none (its ``complete()`` in
# kesu_docs/forms/): a total, an amount in words, a rate, a status worked out from the others.
# Such a value without a provenance was computed, not read, so it is no unlisted value.
DERIVED: dict[str, frozenset[str]] = {
    "complaint": frozenset({"defect_rate", "severity"}),  # quantities → rate; loss, safety → severity
    "8d": frozenset({"status"}),  # closed when D8 has its date
    "return": frozenset({"items[].amount"}),  # quantity × unit price
    "allowance": frozenset(
        {"tax_rate", "items[].tax", "total_excl_tax", "total_tax", "total", "total_in_words", "currency"}
    ),  # the company's rate, the lines' sums, 大写
    "penalty": frozenset({"total_amount", "bonus_note"}),  # the lines' sum; 大过's fixed note
}


@dataclass
class Verdict:
    path: str
    label: str
    expect: Any
    read: Any
    verdict: str  # right | near | miss
    silent: bool  # a wrong value with no error or warning on the field
    typed: Any = None  # what the clerk typed (the expected file's ``value``)


@dataclass
class FileResult:
    layout: str
    kind: str
    file: str
    recognised: bool
    verdicts: list[Verdict] = field(default_factory=list)
    error: str | None = None
    # a value read where the clerk wrote none (expected file's ``absent``: left empty, 同上, TBD)
    invented: list[Verdict] = field(default_factory=list)
    # a value in a field the expected file lists in neither ``fields`` nor ``absent``
    unlisted: list[Verdict] = field(default_factory=list)

    @property
    def right(self) -> int:
        return sum(v.verdict == "right" for v in self.verdicts)

    @property
    def wrong(self) -> int:
        return sum(v.verdict != "right" and v.read not in (None, "", [], {}) for v in self.verdicts)

    @property
    def silent(self) -> int:
        return sum(v.silent for v in self.verdicts)


def score_folder(
    folder: Path, formats: tuple[str, ...] = ("xlsx", "xls", "pdf"), rules: Rules | None = None
) -> list[FileResult]:
    """Parse every filled file of ``folder`` (without --kind, then with it as score.py does) and score it."""
    rules = rules or Rules()
    out = []
    for exp in expected_files(folder):
        fields = [f for f in exp.get("fields", []) if f.get("path")]
        for rel in exp.get("filled", []):
            path = folder / rel
            if path.suffix.lower().lstrip(".") not in formats:
                continue
            res = FileResult(exp["id"], exp["kind"], rel, False)
            out.append(res)
            if not path.exists():
                res.error = "file missing"
                continue
            doc = parse_doc(path, None)
            res.recognised = doc.get("kind") == exp["kind"]
            if not res.recognised:
                again = parse_doc(path, exp["kind"])
                if again.get("record") is not None or doc.get("record") is None:
                    doc = again
            record = doc.get("record")
            if record is None:
                res.error = (
                    "; ".join(e.get("message", "") for e in doc.get("errors", []))[:120] or "no record"
                )
            flagged = rules.flagged_fields(doc)
            for f in fields:
                verdict, read = rules.score_field(record, f)
                silent = False
                if verdict != "right" and rules.has_value(record, f):
                    silent = not rules.is_flagged(record, f["path"], flagged)
                res.verdicts.append(
                    Verdict(
                        f["path"], f.get("label", ""), f.get("expect"), read, verdict, silent, f.get("value")
                    )
                )
            for a in exp.get("absent", []):
                if rules.has_value(record, a):
                    _, read = rules.score_field(record, dict(a, expect=None))
                    silent = not rules.is_flagged(record, a["path"], flagged)
                    res.invented.append(Verdict(a["path"], a.get("label", ""), None, read, "miss", silent))
            listed = [f["path"] for f in fields] + [a["path"] for a in exp.get("absent", []) if a.get("path")]
            res.unlisted = unlisted_values(doc, exp["kind"], listed, rules, flagged)
    return out


def _leaves(obj: Any, at: str = "") -> list[tuple[str, Any]]:
    """Every field holding a value, by its place (``team[0].name``); a list of words is one value."""
    if isinstance(obj, dict):
        return [leaf for k, v in obj.items() for leaf in _leaves(v, f"{at}.{k}" if at else k)]
    if isinstance(obj, list) and any(isinstance(e, dict) for e in obj):
        return [leaf for i, e in enumerate(obj) for leaf in _leaves(e, f"{at}[{i}]")]
    return [] if obj in (None, "", [], {}) else [(at, obj)]


def unlisted_values(
    doc: dict, kind: str, listed: list[str], rules: Rules, flagged: list[str]
) -> list[Verdict]:
    """The values of ``doc``'s record whose place no listed path (``fields``, ``absent``) reaches,
    less the values its form derived itself (``DERIVED``, no provenance); each with whether an
    error or a warning is on its field (``silent`` when none is)."""
    record = doc.get("record")
    if not isinstance(record, dict):
        return []
    spots = [spot for p in listed for spot in (locate(record, p) or [p])]
    # root_cause[type=occurrence].cause lists the row's type too: the row was chosen by it
    for p in listed:
        for m in re.finditer(r"\[([^\]=]+)=[^\]]*\]", p):
            spots += [f"{row}.{m[1]}" for row in locate(record, p[: m.end()])]
    provenance = doc.get("provenance") or {}
    derived = DERIVED.get(kind, frozenset())
    out = []
    for at, value in _leaves(record):
        if any(covers(s, at) or covers(at, s) for s in spots):
            continue
        if re.sub(r"\[\d+\]", "[]", at) in derived and at not in provenance:
            continue
        silent = not rules.is_flagged(record, at, flagged)
        out.append(Verdict(at, "", None, value, "unlisted", silent))
    return out


def totals(results: list[FileResult]) -> dict[str, int]:
    return {
        "right": sum(r.right for r in results),
        "expected": sum(len(r.verdicts) for r in results),
        "wrong": sum(r.wrong for r in results),
        "silent": sum(r.silent for r in results),
        "unlisted": sum(len(r.unlisted) for r in results),
        "unlisted_silent": sum(v.silent for r in results for v in r.unlisted),
        # what a clerk gets without --kind: a file whose kind the reader did not find gives nothing
        # (the figures above read such a file again with its kind, as score.py does)
        "right_kind_found": sum(r.right for r in results if r.recognised),
        "not_recognised": sum(not r.recognised for r in results),
    }


def _short(v: Any, n: int = 60) -> str:
    s = json.dumps(v, ensure_ascii=False) if not isinstance(v, str) else repr(v)
    return s if len(s) <= n else s[: n - 1] + "…"


def report(results: list[FileResult], verbose: bool = False) -> str:
    lines = [f"{'file':48} {'kind?':5} {'right/exp':>9} {'wrong':>5} {'silent':>6}"]
    for r in results:
        lines.append(
            f"{r.file:48} {'yes' if r.recognised else 'no':5} {r.right:>4}/{len(r.verdicts):<4} {r.wrong:>5} {r.silent:>6}"
            + (f"  ({r.error})" if r.error else "")
        )
    t = totals(results)
    pct = 100 * t["right"] / t["expected"] if t["expected"] else 0.0
    lines.append(
        f"overall: {t['right']}/{t['expected']} = {pct:.0f} %; silent misreads: {t['silent']} of {t['wrong']} wrong values"
    )
    found = 100 * t["right_kind_found"] / t["expected"] if t["expected"] else 0.0
    lines.append(
        f"with the kind the reader found (no --kind; {t['not_recognised']} of {len(results)} files not "
        f"recognised count nothing): {t['right_kind_found']}/{t['expected']} = {found:.0f} %"
    )
    lines.append("")
    lines.append("silent misreads (wrong value, no error or warning on the field):")
    for r in results:
        for v in r.verdicts:
            if v.silent:
                lines.append(
                    f"  {r.file}: {v.path} [{v.label}] read {_short(v.read)} expected {_short(v.expect)}"
                )
    absent = [(r, v) for r in results for v in r.invented]
    lines.append("")
    lines.append(f"values read where the clerk wrote none (left empty, 同上, TBD): {len(absent)}")
    for r, v in absent:
        lines.append(
            f"  {r.file}: {v.path} [{v.label}] read {_short(v.read)}{' SILENT' if v.silent else ' (flagged)'}"
        )
    lines.append("")
    lines.append(
        f"unlisted values (in a field the expected file lists in neither fields nor absent): "
        f"{t['unlisted']}, {t['unlisted_silent']} with no error or warning"
    )
    if verbose:
        for r in results:
            for v in r.unlisted:
                lines.append(
                    f"  {r.file}: {v.path} read {_short(v.read)}{' SILENT' if v.silent else ' (flagged)'}"
                )
        lines.append("")
        lines.append("every field not right:")
        for r in results:
            for v in r.verdicts:
                if v.verdict != "right":
                    flag = (
                        "SILENT"
                        if v.silent
                        else ("flagged" if v.read not in (None, "", [], {}) else "missing")
                    )
                    lines.append(
                        f"  {r.file}: {v.verdict:4} {flag:7} {v.path} [{v.label}] read {_short(v.read)} expected {_short(v.expect)}"
                    )
    return "\n".join(lines)


def on_the_page(folder: Path, results: list[FileResult]) -> str:
    """The score of the values the prints show at all: a miss whose expected value is provably
    not on its print (none of its spellings in the PDF's text: ``###``, cut at its cell's
    border; bench/second_copy.py) is counted apart, each with its evidence."""
    from second_copy import not_on_page

    absent = [
        (r.file, v, why)
        for r in results
        if r.file.lower().endswith(".pdf")
        for v in r.verdicts
        if v.verdict != "right" and (why := not_on_page(folder / r.file, v.expect, v.typed))
    ]
    t = totals(results)
    shown = t["expected"] - len(absent)
    lines = [
        f"values printed on the page: {t['right']}/{shown} = {100 * t['right'] / shown if shown else 0:.0f} %"
        f" ({len(absent)} not on the page)"
    ]
    lines += [f"  not on the page: {f}: {v.path}: {why}" for f, v, why in absent]
    return "\n".join(lines)


def profile_results(folder: Path, source: str, formats: tuple[str, ...]) -> list[FileResult]:
    """``kesu learn`` on each layout's first copy (its Excel file, or its PDF print with
    ``source="pdf"``; a PDF-only layout on its PDF) with the clerk's corrections, then the
    second copies in ``folder/copy2`` (other values, a few lines more or fewer) read with those
    profiles — a profile learned on a print reads prints."""
    import tempfile

    from reader_bench import learn_profiles
    from reader_score import with_profiles

    with tempfile.TemporaryDirectory() as tmp:
        profiles = Path(tmp) / "profiles"
        problems = learn_profiles(folder, profiles, formats, source)
        for p in problems:
            print(f"  learn ({source}): {p}")
        with with_profiles(profiles):
            return score_folder(folder / "copy2", ("pdf",) if source == "pdf" else formats)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "folder",
        nargs="?",
        default=str(HOLDOUT),
        help="a folder with expected/ and filled/ (default tests/holdout)",
    )
    ap.add_argument("--no-pdf", action="store_true", help="Excel files only")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every field that is not right")
    ap.add_argument("--json", action="store_true", help="print JSON")
    ap.add_argument(
        "--profiles",
        action="store_true",
        help="learn a profile on each first copy, score the second copies in FOLDER/copy2",
    )
    args = ap.parse_args(argv)
    formats = ("xlsx", "xls") if args.no_pdf else ("xlsx", "xls", "pdf")
    if args.profiles:
        for source in ("excel",) if args.no_pdf else ("excel", "pdf"):
            print(f"-- profiles learned on the first copy's {source.upper()}, read on copy2/")
            results = profile_results(Path(args.folder), source, formats)
            print(report(results, args.verbose))
            print(on_the_page(Path(args.folder) / "copy2", results))
        return 0
    results = score_folder(Path(args.folder), formats)
    if args.json:
        print(
            json.dumps(
                {
                    "totals": totals(results),
                    "files": [
                        {
                            "file": r.file,
                            "recognised": r.recognised,
                            "right": r.right,
                            "expected": len(r.verdicts),
                            "wrong": r.wrong,
                            "silent": r.silent,
                            "error": r.error,
                            "fields": [v.__dict__ for v in r.verdicts],
                            "unlisted": [
                                {"path": v.path, "read": v.read, "silent": v.silent} for v in r.unlisted
                            ],
                        }
                        for r in results
                    ],
                },
                ensure_ascii=False,
                indent=1,
                default=str,
            )
        )
    else:
        print(report(results, args.verbose))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
