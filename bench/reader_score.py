"""Scoring `kesu parse` against expected values: shared by bench/reader_bench.py and its test.

The rules are those of ``../shared/corpus/score.py`` (what is "right", "near", a "silent
misread"). When that corpus is present its own functions are used (imported, not copied);
otherwise — a fresh checkout, CI — the same rules below, kept in step by
``test_reader_score_agrees_with_the_corpus_scorer``.

Every expected field is put in one tier:

- ``table``   — a path with ``[..]`` (a table cell);
- ``reading`` — a value that needs reading beyond copying: dates, units, ROC years, check
  marks, split digits (the field has a ``note`` or the typed value differs from the expected);
- ``text``    — a long free-text value (a text block);
- ``label``   — a single value next to its label.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import os
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"
OWN_LAYOUTS = ROOT / "tests" / "layouts"
TIERS = ("label", "text", "table", "reading")
TIER_NAMES = {
    "label": "single label",
    "text": "text block",
    "table": "table cell",
    "reading": "values needing reading",
}
LONG_TEXT = 40  # characters: a value this long is a text block


def corpus_scorer() -> ModuleType | None:
    """The shared corpus's score.py as a module (None when the corpus is absent)."""
    path = SHARED_CORPUS / "score.py"
    if not path.is_file():
        return None
    spec = importlib.util.spec_from_file_location("shared_corpus_score", path)
    if spec is None or spec.loader is None:
        return None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# ---------------------------------------------------------------------------------- the rules
# (score.py's, for when the shared corpus is absent)
def split_path(path: str) -> list[tuple[str, str | None]]:
    out, i = [], 0
    while i < len(path):
        j = i
        while j < len(path) and path[j] not in ".[":
            j += 1
        key, sel = path[i:j], None
        if j < len(path) and path[j] == "[":
            k = path.index("]", j)
            sel = path[j + 1 : k]
            j = k + 1
        out.append((key, sel))
        i = j + 1 if j < len(path) and path[j] == "." else j
    return out


def _walk(obj: Any, path: str) -> list[tuple[Any, str]]:
    current = [(obj, "")]
    for key, sel in split_path(path):
        nxt = []
        for node, at in current:
            if not isinstance(node, dict) or key not in node:
                continue
            val, here = node[key], f"{at}.{key}" if at else key
            if sel is None:
                nxt.append((val, here))
            elif not isinstance(val, list):
                continue
            elif sel == "*":
                nxt.extend((e, f"{here}[{i}]") for i, e in enumerate(val))
            elif sel.isdigit():
                if int(sel) < len(val):
                    nxt.append((val[int(sel)], f"{here}[{sel}]"))
            elif "=" in sel:
                k, want = sel.split("=", 1)
                nxt.extend(
                    (e, f"{here}[{i}]")
                    for i, e in enumerate(val)
                    if isinstance(e, dict) and text_equal(e.get(k), want)
                )
        current = nxt
    return current


def resolve(obj: Any, path: str) -> list[Any]:
    return [v for v, _ in _walk(obj, path)]


def locate(obj: Any, path: str) -> list[str]:
    return [at for _, at in _walk(obj, path)]


def covers(outer: str, inner: str) -> bool:
    return inner == outer or inner.startswith(outer + ".") or inner.startswith(outer + "[")


def is_flagged(record: Any, path: str, flagged: list[str]) -> bool:
    spots = (locate(record, path) if record is not None else []) or [path]
    return any(covers(fld, spot) or covers(spot, fld) for fld in flagged for spot in spots)


def flagged_fields(doc: dict) -> list[str]:
    out = []
    for key in ("errors", "warnings"):
        msgs = doc.get(key)
        for m in msgs if isinstance(msgs, list) else []:
            if not isinstance(m, dict):
                continue
            many = m.get("fields") if isinstance(m.get("fields"), list) else [m.get("fields")]
            out.extend(str(x) for x in [m.get("field"), m.get("path"), *many] if x not in (None, ""))
    return out


def norm_text(v: Any) -> str:
    s = unicodedata.normalize("NFKC", str(v))
    s = re.sub(r"^\s*(?:[0-9]{1,2}\s*[.、)]|[•·\-–])\s*", "", s)
    s = re.sub(r"(?<=[\n；;])\s*(?:[0-9]{1,2}\s*[.、)]|[•·])\s*", "", s)
    s = re.sub(r"\s+", "", s)
    return s.strip("。.;；,，").lower()


def text_equal(a: Any, b: Any) -> bool:
    return a is not None and norm_text(a) == norm_text(b)


def as_number(v: Any) -> Decimal | None:
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, float, Decimal)):
        return Decimal(str(v))
    if not isinstance(v, str):
        return None
    s = unicodedata.normalize("NFKC", v).strip()
    pct = s.endswith("%")
    s = re.sub(r"(?i)^(rmb|cny|nt\$|us\$|\$|¥|￥)|元|册|pcs|片|台|[,\s]|%$", "", s)
    try:
        d = Decimal(s)
    except InvalidOperation:
        return None
    return d / 100 if pct else d


_DATE_FORMATS = (
    "%Y-%m-%d",
    "%Y/%m/%d",
    "%Y.%m.%d",
    "%Y年%m月%d日",
    "%d.%m.%Y",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%d %H:%M:%S",
)


def as_date(v: Any) -> dt.date | None:
    if isinstance(v, dt.datetime):
        return v.date()
    if isinstance(v, dt.date):
        return v
    if not isinstance(v, str):
        return None
    s = unicodedata.normalize("NFKC", v).strip().replace(" ", "")
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(s, fmt).date()
        except ValueError:
            pass
    return None


def same(actual: Any, expect: Any) -> str:
    if actual is None or actual == "" or actual == []:
        return "miss"
    if isinstance(expect, list):
        if not isinstance(actual, list):
            actual = [actual]
        a = sorted(norm_text(x) for x in actual)
        e = sorted(norm_text(x) for x in expect)
        if a == e:
            return "right"
        return "near" if set(e) & set(a) else "miss"
    if isinstance(expect, bool):
        return "right" if actual is expect or str(actual).lower() == str(expect).lower() else "miss"
    if isinstance(expect, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", expect):
        d = as_date(actual) or (as_date(str(actual)[:10]) if isinstance(actual, str) else None)
        if d is not None:
            return "right" if d.isoformat() == expect else "miss"
    if isinstance(expect, (int, float)) or (isinstance(expect, str) and re.fullmatch(r"-?\d+\.\d+", expect)):
        a, e = as_number(actual), as_number(expect)
        if a is not None and e is not None:
            return "right" if a == e else "miss"
    if text_equal(actual, expect):
        return "right"
    na, ne = norm_text(actual), norm_text(expect)
    if na and ne and (ne in na or na in ne):
        return "near"
    return "miss"


def score_field(record: Any, fld: dict) -> tuple[str, Any]:
    path, expect = fld.get("path"), fld.get("expect")
    if record is None or not path:
        return "miss", None
    try:
        candidates = resolve(record, path)
    except Exception:
        return "miss", None
    if (
        "[*]" not in path
        and "=" not in path
        and len(candidates) == 1
        and isinstance(candidates[0], list)
        and isinstance(expect, list)
    ):
        return same(candidates[0], expect), candidates[0]
    best, best_val = "miss", candidates[0] if candidates else None
    for c in candidates:
        r = same(c, expect)
        if r == "right":
            return r, c
        if r == "near" and best == "miss":
            best, best_val = r, c
    return best, best_val


def has_value(record: Any, fld: dict) -> bool:
    if record is None or not fld.get("path"):
        return False
    try:
        candidates = resolve(record, fld["path"])
    except Exception:
        return False
    return any(c not in (None, "", [], {}) for c in candidates)


class Rules:
    """The scoring functions: the shared corpus's score.py when present, else the ones above."""

    def __init__(self, prefer_corpus: bool = True) -> None:
        module = corpus_scorer() if prefer_corpus else None
        here = globals()
        self.source = str(SHARED_CORPUS / "score.py") if module else "bench/reader_score.py"
        for name in ("score_field", "has_value", "is_flagged", "flagged_fields"):
            setattr(self, name, getattr(module, name) if module else here[name])


# ---------------------------------------------------------------------------------- tiers
def tier(fld: dict) -> str:
    """The tier of an expected field (see the module's doc)."""
    path, expect, typed = str(fld.get("path", "")), fld.get("expect"), fld.get("value")
    if "[" in path:
        return "table"
    if isinstance(expect, str) and len(expect) >= LONG_TEXT:
        return "text"
    if fld.get("note") or isinstance(expect, (bool, list)) or norm_text(typed) != norm_text(expect):
        return "reading"
    return "label"


# ---------------------------------------------------------------------------------- parsing
def parse_doc(path: Path, kind: str | None) -> dict:
    """What ``kesu parse FILE [--kind K]`` prints for the file's first document, in-process."""
    from kesu_docs.parse import parse_paths

    results = parse_paths([path], kind=kind)
    return results[0].to_dict("en") if results else {}


@dataclass
class FileScore:
    layout: str
    kind: str
    file: str
    fmt: str
    recognised: bool
    verdicts: list[tuple[dict, str, bool]] = field(default_factory=list)  # (field, verdict, silent)
    error: str | None = None
    seconds: float = 0.0

    @property
    def right(self) -> int:
        return sum(v == "right" for _, v, _ in self.verdicts)

    @property
    def silent(self) -> int:
        return sum(bool(s) for _, _, s in self.verdicts)

    @property
    def wrong(self) -> int:
        return sum(v != "right" and w is not None for _, v, w in self.verdicts)


def expected_files(folder: Path) -> Iterator[dict]:
    for exp_path in sorted((folder / "expected").glob("*.json")):
        yield json.loads(exp_path.read_text(encoding="utf-8"))


def score_layouts(
    folder: Path, rules: Rules, formats: tuple[str, ...] = ("xlsx", "xls", "pdf")
) -> list[FileScore]:
    """Parse every filled file of ``folder`` and score it (the kind retried with --kind, as score.py does)."""
    import time

    out = []
    for exp in expected_files(folder):
        fields = [f for f in exp.get("fields", []) if f.get("path")]
        for rel in exp.get("filled", []):
            path = folder / rel
            suffix = path.suffix.lower().lstrip(".")
            if suffix not in formats:
                continue
            entry = FileScore(exp["id"], exp["kind"], rel, "pdf" if suffix == "pdf" else "excel", False)
            if not path.exists():
                entry.error = "file missing"
                out.append(entry)
                continue
            start = time.perf_counter()
            doc = parse_doc(path, None)
            entry.recognised = doc.get("kind") == exp["kind"]
            if not entry.recognised:
                again = parse_doc(path, exp["kind"])
                if again.get("record") is not None or doc.get("record") is None:
                    doc = again
            entry.seconds = time.perf_counter() - start
            record = doc.get("record")
            if record is None:
                entry.error = (
                    "; ".join(e.get("message", "") for e in doc.get("errors", []))[:120] or "no record"
                )
            flagged = rules.flagged_fields(doc)
            for f in fields:
                verdict, _ = rules.score_field(record, f)
                silent: bool | None = None
                if verdict != "right" and rules.has_value(record, f):
                    silent = not rules.is_flagged(record, f["path"], flagged)
                entry.verdicts.append((f, verdict, silent))  # type: ignore[arg-type]
            out.append(entry)
    return out


# ---------------------------------------------------------------------------------- corrections
_CELL = re.compile(r"^(?:[^!]+!)?([A-Z]{1,3}\d+(?::[A-Z]{1,3}\d+)?)$")


_PAGE = re.compile(r'^(?:p\d+ · .*|".*")$', re.S)


def _printed_text(f: dict) -> str:
    """A typed value as the print shows it, quoted: its first line, without the corpus's notes."""
    text = str(f.get("value", ""))
    # "(cell shown 7.80 元)", holdout12's "(shown \"7.80 元\")": the number format's print
    shown = re.search(r'\((?:(?:number )?cell )?shown "?([^)"]*)"?\)\s*$', text) or re.match(
        r"^=.*→\s*(.+)$", text
    )
    if not shown and text.startswith("=") and isinstance(f.get("expect"), (str, int, float)):
        # a formula (=B6*1.25, no result saved): the print shows its result, which the clerk types
        return f'"{f["expect"]}"'
    text = shown[1] if shown else re.sub(r"\s*\((?:Excel [^)]*|formula[^)]*)\)\s*$", "", text)
    first = re.split(r"\s+/\s+|\n", text)[0].strip()
    return f'"{first}"'


def _row_col(ref: str) -> tuple[int, int]:
    m = re.match(r"([A-Z]+)(\d+)", ref.rsplit("!", 1)[-1])
    if not m:  # a printed place: in the order the corpus lists it
        return (1 << 30, 0)
    col = 0
    for ch in m[1]:
        col = col * 26 + ord(ch) - 64
    return int(m[2]), col


def corrections(exp: dict, printed: bool = False) -> tuple[dict[str, str], dict[str, str]]:
    """The clerk's corrections that say where each expected field of a filled copy stands:
    (``--set`` field → cell, ``--fixed`` field → value printed on the form). ``printed``: for
    learning on the PDF print, which has no cells: each place is the value as typed, in quotes
    (``--set 'number="BHG-2609-031"'``); so are the places of a PDF-only form (``p1 · 编号：``).

    ``team[*].name`` and ``team[name=X].role`` become numbered rows (``team[0].name``), rows
    in the order they stand on the sheet; several rows in one cell stay in that one cell.
    """
    sets: dict[str, str] = {}
    fixed: dict[str, str] = {}
    arrays: dict[str, list[dict]] = {}
    for f in exp.get("fields", []):
        path, cell = f.get("path"), str(f.get("cell", ""))
        m = _CELL.match(cell)
        # a PDF-only form's own places (p1 · 编号：, html!#v3, p1!120,88, T1!R2C3): on the page
        on_page = _PAGE.match(cell) or (printed and cell.strip() and not m)
        if printed and (m or on_page) and not str(f.get("value", "")).startswith("(pre-printed"):
            m = _PAGE.match(_printed_text(f))  # the value as it is printed: "…" in quotes
        if not path or not m:
            continue
        if "[" not in path:
            if str(f.get("value", "")).startswith("(pre-printed"):
                fixed[path] = json.dumps(f["expect"], ensure_ascii=False).strip('"')
            elif re.search(
                r"label.*(?:one cell|same (?:merged )?cell)", str(f.get("note", ""))
            ) and _prefix_label(f):
                sets[path] = _prefix_label(f)  # "the number is after 'No.'"
            else:
                sets[path] = m[0]
            continue
        arrays.setdefault(path.split("[", 1)[0], []).append(dict(f, ref=m[0]))
    for table, entries in arrays.items():
        # one element per identity: [i], [k=X], or the value of a [*] entry
        elements: list[dict[str, Any]] = []

        def element(
            ident: tuple[str, str], ref: str, elements: list[dict[str, Any]] = elements
        ) -> dict[str, Any]:
            for e in elements:
                if e["ident"] == ident:
                    return e
            e = {"ident": ident, "ref": ref, "cols": {}, "cells": {}}
            elements.append(e)
            return e

        # the rows the expectations name by a key ([action=X]): an entry [0].action = X is that row
        keyed = {
            (sel.split("=", 1)[0], norm_text(sel.split("=", 1)[1]))
            for f in entries
            if "=" in (sel := f["path"].partition("].")[0].split("[", 1)[1])
        }
        for f in entries:
            head, _, rest = f["path"].partition("].")
            sel = head.split("[", 1)[1]
            col = rest
            if sel == "*":
                e = element((col, norm_text(f["expect"])), f["ref"])
                e["cols"][col], e["cells"][col] = f["ref"], f["cell"]
            elif "=" in sel:
                k, want = sel.split("=", 1)
                e = element((k, norm_text(want)), f["ref"])
                given = _given(f)  # (pre-printed …), (box 4-1 …), (row group …): the form says it
                if k in e["cols"] and e["cells"].get(k) == f["cell"] and not given:
                    continue  # read from the same cell as the row's key ("David Sun (Leader)")
                if given or norm_text(f.get("value")) == norm_text(want):
                    e.setdefault("fixed", {})[col] = f[
                        "expect"
                    ]  # the cell holds the key, the form prints the rest
                    e["cols"].setdefault(k, f["ref"])
                else:
                    e["cols"][col] = f["ref"]
                    if k not in e["cols"]:
                        e.setdefault("fixed", {})[k] = want  # root_cause[type=occurrence]: its label says so
            elif (col, norm_text(f["expect"])) in keyed:  # [0].action = X is the row [action=X]
                e = element((col, norm_text(f["expect"])), f["ref"])
                e["cols"][col], e["cells"][col] = f["ref"], f["cell"]
            else:
                element(("#", sel), f["ref"])["cols"][col] = f["ref"]
        ordered = sorted(elements, key=lambda e: (_row_col(e["ref"]), elements.index(e)))
        sets[table] = ""  # drop what the reader put in the table
        for i, e in enumerate(ordered):
            for col, ref in e["cols"].items():
                sets[f"{table}[{i}].{col}"] = ref
            for col, value in e.get("fixed", {}).items():
                if col in e["cols"]:  # a later entry placed it (team[*].name in the cell of the role)
                    continue
                fixed[f"{table}[{i}].{col}"] = value if isinstance(value, str) else json.dumps(value)
    return sets, fixed


def _given(f: dict) -> bool:
    """The corpus's notation for a value the form gives by where it stands, not typed:
    ``(pre-printed: Champion)``, ``(box 4-1 발생원인)``, ``(row group 발생)``."""
    return bool(re.fullmatch(r"\((?:pre-printed|box |row group).*\)", str(f.get("value", "")).strip(), re.S))


def _prefix_label(f: dict) -> str:
    label = str(f.get("label", "")).strip()
    return label if label and "(" not in label and len(label) <= 20 else ""


def with_profiles(folder: Path):
    """A context in which kesu reads with the profiles of ``folder`` (KESU_CONFIG next to it)."""
    import contextlib

    @contextlib.contextmanager
    def ctx():
        config = folder.parent / "kesu.toml"
        config.write_text(f'profiles = "{folder.name}"\n', encoding="utf-8")
        old = os.environ.get("KESU_CONFIG")
        os.environ["KESU_CONFIG"] = str(config)
        try:
            yield
        finally:
            if old is None:
                os.environ.pop("KESU_CONFIG", None)
            else:
                os.environ["KESU_CONFIG"] = old

    return ctx()
