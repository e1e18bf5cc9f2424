"""The workbook beside a print, looked at once (dev22-jobs, issue 15): with a folder of layout
profiles none of which can read it as the printed form, a note on a guide sheet no longer costs
a read of the whole workbook; and a print with both a cut text and notes has each sheet of the
workbook inflated once, its texts built once, by the two checks that look before reading it."""

from __future__ import annotations

import zipfile
from collections import Counter
from pathlib import Path

import pytest
from helpers import run_cli
from test_ops21 import _asking, _two_sheets
from test_print_notes_skip import _sheet, printed  # noqa: F401 (the fixture: a clipped 8D print)

ROOT = Path(__file__).resolve().parents[1]
FILLED = ROOT / "tests" / "layouts" / "filled"


def _learned(folder: Path, source: str, kind: str) -> None:
    code, out = run_cli("learn", FILLED / source, "--kind", kind, "--profiles", folder / "profiles")
    assert code == 0, out
    assert list((folder / "profiles").glob("*.toml"))


@pytest.mark.parametrize(
    ("learned", "kind", "read"),
    [
        ("8d-en-compact.xlsx", "8d", False),  # another form's profile: the generic reader's sheet
        ("complaint-en-claim.xlsx", "complaint", True),  # a complaint's: the whole read decides
    ],
)
def test_a_profile_of_another_form_leaves_a_guide_sheets_note_unread(
    learned, kind, read, tmp_path, monkeypatch
):
    """The reader's own path (``extract_file``): the workbook's whole reads counted."""
    from kesu_docs.parse import print_notes
    from kesu_docs.parse.reading import extract_file

    pdf = _two_sheets(tmp_path, "说明", "B2")  # the note on the guide's example, not on the form
    (printed,), _ = extract_file(pdf, None)
    assert printed.kind == "complaint" and printed.values["customer"] == "华东精密"
    before = [(p.code, p.field) for p in printed.problems]
    _learned(tmp_path, learned, kind)
    monkeypatch.chdir(tmp_path)  # (the profiles folder beside the kesu.toml in force: none, here)
    reads = []
    real = print_notes._workbook_form

    def counted(whole):
        reads.append(whole)
        return real(whole)

    monkeypatch.setattr(print_notes, "_workbook_form", counted)
    (again,), _ = extract_file(pdf, None)
    assert len(reads) == (1 if read else 0)
    assert [(p.code, p.field) for p in again.problems] == before  # the guide's note says nothing


def test_a_cut_text_and_notes_inflate_each_sheet_once(tmp_path, printed, monkeypatch):
    """The workbook holds the cut text as printed (nothing longer: ``_may_extend`` says no), a
    note on the customer's cell and a second sheet: ``_may_warn`` then looks at the noted sheet
    and at the other one for the form's rival. Each sheet's part was inflated twice (by each
    check), the second sheet's texts built twice; now each once, and the note is still said
    (the workbook read whole: no other sheet holds a value the print shows)."""
    from openpyxl import load_workbook
    from openpyxl.comments import Comment

    from kesu_docs.parse import print_notes
    from kesu_docs.parse.reading import extract_file

    pdf, shown = printed
    (tmp_path / "alone").mkdir()
    (tmp_path / "alone" / "8d.pdf").write_bytes(pdf)
    read = extract_file(tmp_path / "alone" / "8d.pdf", "8d")
    assert isinstance(read, tuple)
    (extraction,) = read[0]
    book = _sheet(tmp_path / "8d.xlsx", shown.strip())
    wb = load_workbook(book)
    wb.active["D3"].comment = Comment("更正：应为 Huaxing Motors", "QA")
    other = wb.create_sheet("Lots")
    other.append(["Lot", "L0911"])  # (no value the print shows: no rival sheet to read beside)
    other.append(["Shift", "B"])
    wb.save(book)
    (tmp_path / "8d.pdf").write_bytes(pdf)

    inflated: Counter[str] = Counter()
    built: list[str] = []
    real_read, real_texts = zipfile.ZipFile.read, print_notes._cell_texts

    def counted(self, name, pwd=None):
        inflated[name if isinstance(name, str) else name.filename] += 1
        return real_read(self, name, pwd)

    def texts(archive, part, refs, wanted, data=None):
        built.append(part)
        return real_texts(archive, part, refs, wanted, data)

    looked_at: list[Counter[str]] = []
    read_file, asked = _asking()

    def reading(path, kind):  # what the checks inflated before the workbook is read whole
        looked_at.append(Counter(inflated))
        return read_file(path, kind)

    monkeypatch.setattr(zipfile.ZipFile, "read", counted)
    monkeypatch.setattr(print_notes, "_cell_texts", texts)
    print_notes.with_workbook_notes(tmp_path / "8d.pdf", [extraction], "8d", reading)
    assert asked == [book]  # the note is on a value the print shows: the workbook is read
    assert looked_at[0]["xl/worksheets/sheet1.xml"] == 1
    assert looked_at[0]["xl/worksheets/sheet2.xml"] == 1
    # the noted cells of the form's sheet, then every cell of each sheet once (the cut text's check)
    assert sorted(built) == [
        "xl/worksheets/sheet1.xml",
        "xl/worksheets/sheet1.xml",
        "xl/worksheets/sheet2.xml",
    ]
    said = [p for p in extraction.problems if p.code == "value_noted_in_workbook"]
    assert [p.field for p in said] == ["customer"]
    assert "value_cut_off" in {p.code for p in extraction.problems if p.field == "problem.statement"}
