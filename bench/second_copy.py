"""A second filled copy of each Excel layout of a corpus, with other values, made at run time.

A layout profile is learned on one filled copy and must read *another* copy of the layout
exactly (issue 10). ``tests/layouts`` carries its second copies (``copy2/``); the shared
corpus has one copy per layout and may not be copied into the repository, so its second
copies are written here, into a temporary folder, in the corpus's own format::

    OUT/filled/<id>.xlsx (or .xls), OUT/filled/<id>.pdf, OUT/expected/<id>.json

Every expected field whose cell holds exactly the value kesu should read gets another value
of the same kind — a text its digits turned or its words in another order, a number doubled,
an Excel date three days later — and its expected value with it (row selectors such as
``team[name=Zhou Li]`` follow the new names). Fields whose value needs reading (units,
check boxes, split digits, pre-printed, formulas, several fields in one cell) keep their
value: they are still read from the second file. A workbook with formulas is recalculated by
LibreOffice (as Excel would when saving); the PDF is printed by LibreOffice. A legacy .xls is
opened through LibreOffice and its second copy written as .xlsx (same cells). PDF-only
layouts have no second copy (there is no cell to write into).

    python bench/second_copy.py OUT     # writes the copies of ../shared/corpus into OUT
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from reader_score import SHARED_CORPUS, as_number, expected_files, norm_text  # noqa: E402

SOFFICE = shutil.which("soffice")
_UNSURE = re.compile(r"\((?:pre-printed|box |row group|number cell shown|formula)|^=|\s\|\s", re.I)


def soffice(args: list[str], outdir: Path, files: list[Path]) -> None:
    """Run LibreOffice headless on ``files`` with its own profile (others may run it too)."""
    if SOFFICE is None:
        raise RuntimeError("LibreOffice (soffice) is not installed")
    outdir.mkdir(parents=True, exist_ok=True)
    profile = outdir.parent / ".lo-profile"
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless", *args, "--outdir", str(outdir)]
        + [str(f) for f in files],
        check=True,
        capture_output=True,
        timeout=300,
    )


def turned(text: str) -> str:
    """Another value of the same shape: digits turned (``HX-BRK-3307`` → ``HX-BRK-4418``), else
    letters shifted (``Lin Guodong`` → ``Mjo Hvpepoh``) and Chinese runs reversed (``刘建国`` →
    ``国建刘``); punctuation and spacing stay where they are."""
    if re.search(r"\d", text):
        return re.sub(r"\d", lambda m: str((int(m[0]) + 1) % 10), text)
    shifted = re.sub(
        r"[A-Za-z]",
        lambda m: chr((ord(m[0]) - (65 if m[0].isupper() else 97) + 1) % 26 + (65 if m[0].isupper() else 97)),
        text,
    )
    return re.sub(r"[\u3400-\u9fff]{2,}", lambda m: m[0][::-1], shifted)


def _doubled(expect: Any) -> Any:
    n = as_number(expect)
    if n is None:
        return None
    out = n * 2
    if isinstance(expect, int):
        return int(out)
    if isinstance(expect, float):
        return float(out)
    places = len(str(expect).split(".")[1]) if "." in str(expect) else 0
    return f"{out:.{places}f}"


def _new_value(cell_value: Any, field: dict) -> tuple[Any, Any] | None:
    """(new cell value, new expected value), or None when the field keeps its value."""
    expect, typed = field.get("expect"), str(field.get("value", ""))
    if _UNSURE.search(typed) or field.get("note") or isinstance(expect, (list, bool, dict)):
        return None
    if isinstance(cell_value, dt.datetime) and isinstance(expect, str):
        if expect == cell_value.date().isoformat():
            later = cell_value + dt.timedelta(days=3)
            return later, later.date().isoformat()
        return None
    if isinstance(cell_value, (int, float)) and not isinstance(cell_value, bool):
        if as_number(expect) == Decimal(str(cell_value)):
            new_expect = _doubled(expect)
            new_cell = cell_value * 2
            return (int(new_cell) if isinstance(cell_value, int) else new_cell), new_expect
        return None
    if isinstance(cell_value, str) and isinstance(expect, str) and norm_text(cell_value) == norm_text(expect):
        if "\n" in cell_value or re.match(r"\s*\d+\s*[.、]", cell_value):
            return None  # numbered lines: their digits are list markers
        new = turned(cell_value)
        return (new, new) if new != cell_value else None
    return None


def _load(path: Path, work: Path):
    """The workbook of ``path`` for openpyxl, and the suffix its second copy keeps."""
    from openpyxl import load_workbook

    data = path.read_bytes()
    if data[:4] == b"PK\x03\x04":  # xlsx bytes, whatever the name says
        return load_workbook(io.BytesIO(data)), path.suffix
    soffice(["--convert-to", "xlsx"], work / "xlsx", [path])  # a legacy .xls
    return load_workbook(work / "xlsx" / f"{path.stem}.xlsx"), ".xlsx"


def second_copy(corpus: Path, exp: dict, out: Path, work: Path) -> dict | None:
    """Write the second copy of one layout's Excel file into ``out``; its expected values."""
    excel = next((corpus / f for f in exp.get("filled", []) if not f.lower().endswith(".pdf")), None)
    if excel is None or not excel.is_file():
        return None
    wb, suffix = _load(excel, work)
    first_sheet = wb.worksheets[0].title
    uses: dict[str, int] = {}
    for f in exp["fields"]:
        uses[f["cell"]] = uses.get(f["cell"], 0) + 1
    renamed: dict[str, str] = {}
    fields = []
    for f in exp["fields"]:
        f = dict(f)
        cell = f["cell"]
        sheet, _, ref = cell.rpartition("!")
        if uses[cell] == 1 and ":" not in ref and re.fullmatch(r"[A-Z]{1,3}\d+", ref):
            ws = wb[sheet or first_sheet]
            got = _new_value(ws[ref].value, f)
            if got is not None:
                old = ws[ref].value
                ws[ref].value, f["expect"] = got
                f["value"] = str(got[0])
                if isinstance(old, str):
                    renamed[norm_text(old)] = str(got[0])
        fields.append(f)
    for f in fields:  # team[name=Zhou Li].role follows the new name
        f["path"] = re.sub(
            r"\[(\w+)=([^\]]+)\]",
            lambda m: f"[{m[1]}={renamed.get(norm_text(m[2]), m[2])}]",
            f["path"],
        )
    target = out / "filled" / f"{exp['id']}{suffix}"
    target.parent.mkdir(parents=True, exist_ok=True)
    wb.save(target)
    formulas = any(
        c.data_type == "f"
        for ws in wb.worksheets
        for row in ws.iter_rows()
        for c in row
        if c.value is not None
    )
    new = dict(exp, fields=fields, filled=[f"filled/{target.name}", f"filled/{exp['id']}.pdf"])
    new["second_copy_of"] = exp["id"]
    return {"exp": new, "file": target, "formulas": formulas}


def _formula_results(made: dict) -> None:
    """A total computed by a formula (``=SUM(K7:K14)``) expects what the formula gives now."""
    from openpyxl import load_workbook

    wb = load_workbook(made["file"], data_only=True)
    for f in made["exp"]["fields"]:
        if not str(f.get("value", "")).startswith("="):
            continue
        sheet, _, ref = f["cell"].rpartition("!")
        got = (wb[sheet] if sheet else wb.worksheets[0])[ref].value
        n = as_number(got) if got is not None else None
        if n is None or as_number(f["expect"]) is None:
            continue
        places = len(str(f["expect"]).split(".")[1]) if "." in str(f["expect"]) else 0
        f["expect"] = int(n) if isinstance(f["expect"], int) else f"{n:.{places}f}"


def second_copies(out: Path, corpus: Path = SHARED_CORPUS) -> list[dict]:
    """The second copies of every Excel layout of ``corpus`` in ``out`` (expected + filled)."""
    work = out / ".work"
    made = [m for exp in expected_files(corpus) if (m := second_copy(corpus, exp, out, work))]
    recalc = [m for m in made if m["formulas"] and m["file"].suffix == ".xlsx"]
    if recalc:  # cached formula results, as a workbook saved by Excel has them
        soffice(["--convert-to", "xlsx"], work / "recalc", [m["file"] for m in recalc])
        for m in recalc:
            shutil.copyfile(work / "recalc" / m["file"].name, m["file"])
            _formula_results(m)
    soffice(["--convert-to", "pdf"], out / "filled", [m["file"] for m in made])
    (out / "expected").mkdir(parents=True, exist_ok=True)
    for m in made:
        (out / "expected" / f"{m['exp']['id']}.json").write_text(
            json.dumps(m["exp"], ensure_ascii=False, indent=1), encoding="utf-8"
        )
    shutil.rmtree(work, ignore_errors=True)
    shutil.rmtree(out / ".lo-profile", ignore_errors=True)
    return [m["exp"] for m in made]


# ---------------------------------------------------------------------------------- not on the page
_PDF_TEXT: dict[Path, str] = {}


def _folded(text: str) -> str:
    import unicodedata

    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).lower()


def pdf_text(pdf: Path) -> str:
    """Every word the PDF holds, all pages, folded (no spaces, NFKC, lower case), in reading
    order; then, each on a line of its own, the text of every printed cell and of every cell
    joined with the one right under it (a wrapped text's lines are together there even when
    the reading order puts another cell's words between them)."""
    if pdf not in _PDF_TEXT:
        sys.path.insert(0, str(HERE.parent))
        from kesu_docs.parse.profile import pdf_layout, pdf_parsed

        data = pdf.read_bytes()
        parsed = pdf_parsed(data)
        words = parsed[0]
        boxes = pdf_layout(data, parsed).boxes
        lines = [_folded("".join(w.text for w in words)), *(_folded(b.text) for b in boxes)]
        for b in boxes:
            lines += [
                _folded(b.text + c.text)
                for c in boxes
                if c.where == b.where and abs(c.y0 - b.y1) <= 1 and min(b.x1, c.x1) - max(b.x0, c.x0) > 1
            ]
        _PDF_TEXT[pdf] = "\n".join(lines)
    return _PDF_TEXT[pdf]


def _renderings(expect: Any) -> list[str]:
    """The ways a print may show ``expect``: a date in the usual spellings, else its text."""
    text = str(expect)
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text)
    if not m:
        return [text]
    y, mo, d = m[1], m[2], m[3]
    a, b = str(int(mo)), str(int(d))
    months = dt.date(2000, int(mo), 1)
    names = {months.strftime("%b"), months.strftime("%B"), months.strftime("%b") + "."}
    roc = str(int(y) - 1911)  # 民國 years
    out = [
        *(f"{Y}{sep}{M}{sep}{D}" for Y in (y, roc) for sep in "-/." for M in (mo, a) for D in (d, b)),
        *(f"{Y}年{M}月{D}日" for Y in (y, roc, "民國" + roc, "民国" + roc) for M in (mo, a) for D in (d, b)),
        *(f"{M}{sep}{D}{sep}{Y}" for sep in "/-." for M in (mo, a) for D in (d, b) for Y in (y, y[2:])),
        *(f"{D}{sep}{M}{sep}{Y}" for sep in "/-." for M in (mo, a) for D in (d, b) for Y in (y, y[2:])),
        *(f"{n} {D}, {y}" for n in names for D in (d, b)),
        *(f"{n} {D} {y}" for n in names for D in (d, b)),
        *(f"{D}{sep}{n}{sep}{y}" for n in names for D in (d, b) for sep in (" ", "-")),
        f"{y}{mo}{d}",
    ]
    return out


def not_on_page(pdf: Path, expect: Any, typed: Any = None) -> str | None:
    """Why ``expect`` is provably not on the print: evidence, or None when the PDF's words hold
    it (a reading rule could find it) or the value is no text or date (not claimed). Only a
    value none of whose spellings is in the PDF's text at all counts — nor what the clerk
    typed (``typed``: 组长 for the code ``leader``, a number as written)."""
    if not isinstance(expect, str) or not expect.strip():
        return None
    text = pdf_text(pdf)
    if any(_folded(r) in text for r in _renderings(expect)):
        return None
    shown = re.sub(r"\s*\((?:Excel [^)]*|formula[^)]*|number cell[^)]*)\)\s*$", "", str(typed or "")).strip()
    if shown and _folded(shown) in text:
        return None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", expect):
        return f"no spelling of the date {expect} in the PDF's text" + (
            " (the print shows ###: the column is too narrow)" if "###" in text else ""
        )
    absent = [
        w for w in re.split(r"[\s,;:，；：。、]+", expect) if len(_folded(w)) >= 2 and _folded(w) not in text
    ]
    want = _folded(expect)
    shown = next((n for n in range(len(want), 0, -1) if want[:n] in text), 0)
    if shown < 4:
        return "not in the PDF's text" + (
            f" (nowhere: {', '.join(repr(w) for w in absent[:3])})" if absent else ""
        )
    end, count = 0, 0  # where the shown part ends in the value as typed (spaces were folded away)
    while end < len(expect) and count < shown:
        count += not expect[end].isspace()
        end += 1
    return (
        f"the print shows its first {end} of {len(expect)} characters "
        f"('…{expect[max(0, end - 16) : end]}'): cut at its cell's border, the rest is not in the PDF's text"
        + (f" (nowhere: {', '.join(repr(w) for w in absent[:3])})" if absent else "")
    )


if __name__ == "__main__":
    if len(sys.argv) != 2:  # never a default inside the repository: its files are tracked
        sys.exit("usage: python bench/second_copy.py OUT   (a folder outside the repository)")
    target = Path(sys.argv[1]).resolve()  # (LibreOffice wants an absolute profile URL)
    for e in second_copies(target):
        changed = sum(1 for f in e["fields"])
        print(f"{e['id']}: {changed} fields → {target / 'expected' / (e['id'] + '.json')}")
