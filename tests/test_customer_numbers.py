"""A form the customer numbered its own way keeps its number (DOMAIN §2): ``CCF/SG/26/0307``,
``RMA 26-0412``. The number is kept as typed; whatever is named after it (the DOCX and PDF, a
re-print) gets a safe name of its own, which a number written differently in the same letters
(``CCF_SG_26_0307``) never shares; what would make a path (``../../x``, ``a\\b``) is refused on
the field. Real files throughout: the blank Excel form filled in, a real register, LibreOffice."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path

import openpyxl
import pytest
from helpers import kesu
from hostile import complaint, excel_form, write_json

from kesu_docs.filing import number_in_name, output_name
from kesu_docs.register import Register

SLASHED = "CCF/SG/26/0307"
UNDERSCORED = "CCF_SG_26_0307"


def _parsed(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.startswith("{")]


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        (SLASHED, SLASHED),
        ("8D/PG/26/019", "8D/PG/26/019"),
        ("RMA 26-0412", "RMA 26-0412"),
        ("No.2026/03-17", "No.2026/03-17"),
        ("客诉#12(补)3", "客诉#12(补)3"),
        (f"  {SLASHED}  ", SLASHED),  # trimmed
        ("ＣＣＦ／ＳＧ／２６／０３０７", SLASHED),  # full-width folded as every code is
    ],
)
def test_a_customers_own_number_is_kept_as_typed(typed, kept, tmp_path):
    source = write_json(tmp_path / "form.json", complaint(number=typed))
    [doc] = _parsed(kesu("parse", source).output)
    assert doc["valid"], doc["errors"]
    assert doc["record"]["number"] == kept


@pytest.mark.parametrize(
    "number",
    [
        "../../x",
        "a\\b",
        "CCF/SG/",
        "/CCF/SG",
        "CCF//SG",
        "CCF/./SG",
        "RMA  26",
        "C*1",
        'C"1',
        "C|1",
        "C" * 33,
    ],
)
def test_a_number_that_would_make_a_path_or_a_bad_name_is_refused_on_its_field(number, tmp_path):
    source = write_json(tmp_path / "form.json", complaint(number=number))
    result = kesu("parse", source, "--lang", "en")
    [doc] = _parsed(result.output)
    assert not doc["valid"]
    assert [e["code"] for e in doc["errors"] if e["field"] == "number"] == ["invalid_doc_number"]
    assert result.exit_code == 1


def _text(docx: Path) -> str:
    with zipfile.ZipFile(docx) as z:
        return z.read("word/document.xml").decode("utf-8")


@pytest.mark.slow
def test_an_excel_form_numbered_by_the_customer_is_filed_under_a_name_no_other_number_takes(tmp_path):
    inbox, out, db = tmp_path / "inbox", tmp_path / "out", tmp_path / "kesu.db"
    inbox.mkdir()
    excel_form(inbox / "sg.xlsx", number=SLASHED, customer="Jurong Appliances Pte Ltd")
    excel_form(inbox / "sg2.xlsx", number=UNDERSCORED, customer="Tuas Electronics Pte Ltd")
    result = kesu("render", inbox, "-o", out, "--db", db, "--pdf", "--lang", "en")
    assert result.exit_code == 0, result.output

    slashed, underscored = output_name("complaint", SLASHED), output_name("complaint", UNDERSCORED)
    assert slashed != underscored and "/" not in slashed
    names = sorted(p.name for p in out.iterdir())
    stems = (Path(slashed).stem, Path(underscored).stem)
    assert names == sorted([slashed, underscored, *(f"{s}.pdf" for s in stems)])
    assert "Jurong" in _text(out / slashed) and SLASHED in _text(out / slashed)
    assert "Tuas" in _text(out / underscored) and "Jurong" not in _text(out / underscored)
    assert all((out / f"{s}.pdf").read_bytes().startswith(b"%PDF") for s in stems)

    # the register keeps the number as typed and finds it by it; _ in a search is no wildcard
    with Register.open(db) as reg:
        assert sorted(d.number for d in reg.documents()) == sorted([SLASHED, UNDERSCORED])
        assert reg.get(SLASHED).customer == "Jurong Appliances Pte Ltd"
        assert [d.number for d in reg.documents(search=SLASHED)] == [SLASHED]
        assert [d.number for d in reg.documents(search=UNDERSCORED)] == [UNDERSCORED]

    # the same form filed again is the same document: nothing new, the other one untouched
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    again = kesu("render", inbox / "sg.xlsx", "-o", out, "--db", db, "--lang", "en")
    assert again.exit_code == 0, again.output
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.suffix == ".pdf"} == {
        n: b for n, b in before.items() if n.endswith(".pdf")
    }
    assert (out / underscored).read_bytes() == before[underscored]

    # the exports hold the number as typed, as text (it starts with a letter or digit: never
    # a formula, and nothing is put before it)
    listed = kesu("register", "list", "--format", "csv", "--db", db, "--lang", "en")
    assert listed.exit_code == 0, listed.output
    rows = list(csv.reader(io.StringIO(listed.output)))
    column = rows[0].index("Number")
    assert sorted(row[column] for row in rows[1:]) == sorted([SLASHED, UNDERSCORED])
    exported = kesu("register", "export", "-o", tmp_path / "登记簿.xlsx", "--db", db, "--lang", "en")
    assert exported.exit_code == 0, exported.output
    book = openpyxl.load_workbook(tmp_path / "登记簿.xlsx")
    cells = [c for ws in book.worksheets for row in ws.iter_rows() for c in row if c.value == SLASHED]
    assert cells and all(c.data_type == "s" for c in cells)

    # the CLI takes the number as the clerk reads it off the form
    shown = kesu("register", "show", SLASHED, "--db", db, "--lang", "en")
    assert shown.exit_code == 0, shown.output
    assert SLASHED in shown.output and "Jurong" in shown.output
    reprinted = kesu("render", "--reprint", SLASHED, "-o", out, "--db", db, "--lang", "en")
    assert reprinted.exit_code == 0, reprinted.output
    assert (out / output_name("complaint", SLASHED, reprint=1)).is_file()
    voided = kesu("register", "void", SLASHED, "--reason", "customer withdrew", "--db", db, "--lang", "en")
    assert voided.exit_code == 0, voided.output
    with Register.open(db) as reg:
        assert reg.get(SLASHED).status == "void" and reg.get(UNDERSCORED).status != "void"


@pytest.mark.slow
def test_a_plant_numbering_with_slashes_names_its_working_copy_safely_and_reads_it_back(tmp_path):
    """A plant's own series (``kesu.toml [numbering]``) may hold ``/`` too: the numbered working
    copy beside the documents is named after the number made safe, never in a folder of it."""
    (tmp_path / "kesu.toml").write_text(
        '[numbering]\ncomplaint = "KS/{date:%Y%m}/{serial:03d}"\n', encoding="utf-8"
    )
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    inbox.mkdir()
    excel_form(inbox / "客诉.xlsx")
    result = kesu("render", inbox, "-o", out, "--db", tmp_path / "kesu.db", "--lang", "en", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    with Register.open(tmp_path / "kesu.db") as reg:
        [doc] = reg.documents()
    assert doc.number.startswith("KS/") and doc.number.count("/") == 2
    working = out / f"客诉-{number_in_name(doc.number)}.xlsx"
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [output_name("complaint", doc.number), working.name]
    )
    # the copy carries its number: read back, it is the same document's
    [again] = _parsed(kesu("parse", working, cwd=tmp_path).output)
    assert again["valid"], again["errors"]
    assert again["record"]["number"] == doc.number
