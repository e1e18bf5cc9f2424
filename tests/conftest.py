"""Shared test helpers: values for every field of a form, the CLI, LibreOffice conversions."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from kesu_docs.forms import FieldMeta, FormSpec, describe

SOFFICE = shutil.which("soffice")
needs_soffice = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")


def example_value(meta: FieldMeta, i: int = 0) -> Any:
    """A valid value for any field, derived from its kind (``i`` varies it between fields/rows)."""
    if meta.kind == "text":
        text = f"{meta.label_zh}内容{i}"
        return f"{text}\n第二行说明" if meta.long else text
    if meta.kind == "code":
        return f"K-{i:04d}"
    if meta.kind == "date":
        return dt.date(2026, 9, 1) + dt.timedelta(days=i % 20)
    if meta.kind == "money":
        return Decimal("1234.50") + i
    if meta.kind == "qty":
        return 10 + i
    if meta.kind == "ratio":
        return Decimal("0.05")
    if meta.kind == "number":
        return Decimal("3") + i
    if meta.kind == "bool":
        return i % 2 == 0
    if meta.kind == "term":
        members = list(meta.term)
        return members[i % len(members)]
    if meta.kind == "terms":
        return [list(meta.term)[0]]
    if meta.kind == "table":
        columns = describe(meta.row_model)
        return [
            {k: example_value(c, i + n + j) for j, (k, c) in enumerate(columns.items())} for n in range(2)
        ]
    if meta.kind == "group":
        return {k: example_value(c, i + j) for j, (k, c) in enumerate(describe(meta.row_model).items())}
    raise AssertionError(f"no example for kind {meta.kind}")


def example_values(spec: FormSpec) -> dict[str, Any]:
    """A value for every field of the form (not necessarily consistent with its rules)."""
    return {key: example_value(meta, i) for i, (key, meta) in enumerate(spec.fields.items())}


def as_json(spec: FormSpec, values: dict[str, Any]) -> dict[str, Any]:
    """What ``kesu parse`` prints as the record for these values."""
    return spec.model.model_validate(values).model_dump(mode="json", warnings=False)


def run_cli(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(_cli(), [str(a) for a in args], catch_exceptions=False)
    return result.exit_code, result.output


def _cli():
    from kesu_docs.cli import cli

    return cli


def parse_cli(*args: Any) -> tuple[int, list[dict[str, Any]]]:
    """``kesu parse ARGS``: (exit code, one dict per JSON line)."""
    code, out = run_cli("parse", *[str(a) for a in args])
    return code, [json.loads(line) for line in out.splitlines() if line.strip().startswith("{")]


def soffice_convert(src: Path, fmt: str, outdir: Path) -> Path:
    """Re-save ``src`` through LibreOffice as ``fmt`` (xlsx, xls) into ``outdir``."""
    outdir.mkdir(parents=True, exist_ok=True)
    profile = outdir / ".lo-profile"
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            fmt,
            "--outdir",
            str(outdir),
            str(src),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    out = outdir / f"{src.stem}.{fmt}"
    assert out.is_file(), f"LibreOffice did not write {out}"
    return out


def problem(result: dict[str, Any], code: str) -> dict[str, Any]:
    """The one error or warning with ``code`` in a parse result (fails listing what there is)."""
    found = [p for p in result["errors"] + result["warnings"] if p["code"] == code]
    assert found, (
        f"no {code} among {[(p['code'], p['field']) for p in result['errors'] + result['warnings']]}"
    )
    return found[0]


def named_cell(path: Path, name: str, row: int = 0) -> str:
    """Where the blank form put a field (row ``row`` of a table column), as ``'8D报告!G61'``."""
    from openpyxl import load_workbook

    wb = load_workbook(path)
    [(sheet, ref)] = list(wb.defined_names[name].destinations)
    first = ref.replace("$", "").split(":")[0]
    column = first.rstrip("0123456789")
    return f"{sheet}!{column}{int(first[len(column) :]) + row}"


def find(problems, code):
    """The problems of one code; fails, listing what there is, when there is none."""
    hits = [p for p in problems if p.code == code]
    assert hits, f"no {code} among {[(p.code, p.field) for p in problems]}"
    return hits


def codes(problems) -> set[str]:
    return {p.code for p in problems}
