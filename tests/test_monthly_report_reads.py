"""What the monthly report reads and imports (issue 15, a register of 100,000 documents): the
month's cases by the four columns a case reads, the page written without the renderer's
modules, and the page's cells escaped as markupsafe escapes them. Real SQLite registers; the
speed itself is shown by bench/register_bench.py, not here."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import complaint
from markupsafe import escape

from kesu_docs.register import Register
from kesu_docs.reports import monthly, monthly_html


@pytest.fixture
def register(tmp_path: Path) -> Path:
    path = tmp_path / "kesu.db"
    records = [
        complaint(
            customer=name,
            received="2026-09-02",
            closed_date=f"2026-09-{10 + i:02d}",
            loss_amount=f"{100 + i}.50",
            cause_category="物料",
        )
        for i, name in enumerate(["甲<公司>", "乙 & 丙", "丁'丁\"", "戊"])
    ]
    with Register.open(path) as reg:
        reg.issue_many([(r, f"h{i}", f"s{i}") for i, r in enumerate(records)])
        reg.issue(complaint(customer="己", received="2026-09-05"), source_hash="open", source="open")
    return path


def test_documents_of_some_fields_are_the_full_documents_in_those_fields(register: Path):
    days = (dt.date(2026, 9, 1), dt.date(2026, 9, 30))
    with Register.open(register, create=False, read_only=True) as reg:
        full = reg.documents(kind="complaint", closed_between=days)
        lean = reg.documents(kind="complaint", closed_between=days, fields=("record",))
    assert len(full) == len(lean) == 4
    for whole, part in zip(full, lean):
        assert (part.kind, part.number, part.status, part.record) == (
            whole.kind,
            whole.number,
            whole.status,
            whole.record,
        )
        assert part.is_void == whole.is_void
        assert part.issued_at is None and part.source is None and whole.issued_at is not None


def test_the_report_of_lean_documents_is_the_report_of_full_ones(register: Path, tmp_path: Path):
    with Register.open(register, create=False, read_only=True) as reg:
        report = monthly.monthly_report(reg, "2026-09")
        full = monthly.load_cases(reg, reg.settings, docs=reg.documents(kind="complaint"))
        again = monthly.build(full, "2026-09", reg.settings)
    assert [c.number for c in report.cases] == [c.number for c in again.cases]
    assert report.summary == again.summary
    assert [t.rows for t in report.tables] == [t.rows for t in again.tables]
    assert report.exceptions.rows == again.exceptions.rows


def test_the_page_escapes_each_cell_as_markupsafe_does(register: Path):
    with Register.open(register, create=False, read_only=True) as reg:
        page = monthly_html.html(monthly.monthly_report(reg, "2026-09"))
    for name in ["甲<公司>", "乙 & 丙", "丁'丁\""]:
        assert f"<td>{escape(name)}</td>" in page
        assert f"<td>{name}</td>" not in page
    assert "<td>戊</td>" in page
    assert monthly_html._escaped("a<b") == str(escape("a<b"))
    assert monthly_html._escaped("plain 文字") == "plain 文字"


def test_the_monthly_page_is_written_without_the_renderers_modules(register: Path, tmp_path: Path):
    """The page is written by leftovers.write_file: kesu_docs.render (templates, docx) stays unloaded."""
    out = tmp_path / "m.html"
    script = (
        "import sys\n"
        "from kesu_docs.cli import main\n"
        "sys.argv = ['kesu', *sys.argv[1:]]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in sys.modules if m.startswith('kesu_docs.render')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, "report", "monthly", "2026-09", "-o", str(out), "--db", str(register)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip().splitlines()[-1] == "[]"
    assert out.read_text(encoding="utf-8").count("<svg") == 3
