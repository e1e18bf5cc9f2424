"""The kept export layout's version (reports/sheet_rows.py): keyed on what shapes a stored row
or the kept frame, so that a register's 100,000 kept rows survive a reworded docstring, a
comment, a change to the zip writer or to another report, and never survive a change to a rule
that makes a cell. The program's own module texts are edited here (copies in memory) and read
as the version reads them."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import complaint, sqlite_open

from kesu_docs.register import Register, sheet_store
from kesu_docs.reports import sheet_rows
from kesu_docs.reports.sheet_rows import layout_code

ROOT = Path(__file__).resolve().parents[1]
REPORTS = ROOT / "kesu_docs" / "reports"


def text(name: str) -> bytes:
    return (REPORTS / name).read_bytes()


def edited(source: bytes, old: str, new: str) -> bytes:
    assert old.encode() in source, old  # the edit applies to the program as it is
    return source.replace(old.encode(), new.encode(), 1)


def test_words_and_formatting_keep_the_layout():
    source = text("sheetxml.py")
    reworded = edited(source, '"""One sheet\'s data rows, turned into XML', '"""A sheet\'s data rows, as XML')
    commented = edited(source, "class _Body:", "# a comment\n\n\nclass _Body:")
    assert reworded != source and commented != source
    assert layout_code(reworded) == layout_code(source) == layout_code(commented)


def test_the_zip_writer_and_the_widths_keep_the_layout():
    """sheetxml names them in NOT_LAYOUT: they write the file, not a kept row or frame."""
    source = text("sheetxml.py")
    zipped = edited(source, "_BLOCK = 1 << 18", "_BLOCK = 1 << 19")
    wider = edited(source, "WIDTH_SAMPLE = 300", "WIDTH_SAMPLE = 200")
    assert layout_code(zipped) == layout_code(source)
    assert layout_code(wider) == layout_code(source)


def test_a_change_to_how_a_cell_is_written_names_another_layout():
    source = text("sheetxml.py")
    escaped = edited(source, '.replace("\\r", "&#13;")', '.replace("\\r", "&#xD;")')
    limit = edited(source, "MAX_TEXT = 32767", "MAX_TEXT = 32000")
    assert layout_code(escaped) != layout_code(source)
    assert layout_code(limit) != layout_code(source)
    tracking = text("tracking.py")
    relabelled = edited(tracking, '"目前阶段"', '"当前阶段"')
    assert layout_code(relabelled) != layout_code(tracking)


def test_the_overdue_rule_is_read_for_the_layout():
    """The one overdue rule (case.is_overdue) chooses the tracking register's cells of the day and
    its kept segments' fill (register/tracking_segments.py, which is no layout source): its module
    is read, so a changed rule names another layout and every kept row and segment is made again."""
    import inspect

    from kesu_docs import case

    source = Path(inspect.getsourcefile(case.is_overdue) or "").read_bytes()
    assert source in sheet_rows._sources()
    changed = edited(source, "return bool(as_of > due)", "return bool(as_of >= due)")
    assert layout_code(changed) != layout_code(source)


def test_a_docstring_that_is_the_only_statement_leaves_a_body():
    source = b'def f():\n    """Only words."""\n\n\ndef g():\n    return 1\n'
    assert layout_code(source) == layout_code(b"def f():\n    pass\n\n\ndef g():\n    return 1\n")
    assert layout_code(source) != layout_code(b"def f():\n    pass\n\n\ndef g():\n    return 2\n")


def test_other_reports_are_not_read_for_the_layout():
    """The monthly report, its page and charts make no stored row: a change to them keeps the rows."""
    read = set(sheet_rows._sources())
    for name in ("monthly.py", "monthly_html.py", "charts.py", "overdue.py", "penalty.py", "notices.py"):
        assert text(name) not in read, name
    for name in ("sheetxml.py", "tracking.py", "cases.py", "workbook.py", "export_frame.py", "sheet_rows.py"):
        assert text(name) in read, name


def test_the_version_is_the_code_read_and_a_memo_only_recalls_it_for_the_same_text(tmp_path):
    with Register.open(tmp_path / "kesu.db") as reg:
        settings = reg.settings
    lay = sheet_rows.Layout(settings)  # a layout of its own: its version read from the code
    read = lay.version
    other = sheet_rows.Layout(settings)
    other.recall(f"{lay.text_key} {read}")
    assert other.__dict__["version"] == read  # recalled, not read again
    stranger = sheet_rows.Layout(settings)
    stranger.recall(f"{'0' * 16} feedfacefeedface")  # another program's text: not taken
    assert stranger.version == read


@pytest.fixture
def exported(tmp_path: Path) -> Path:
    path = tmp_path / "kesu.db"
    with Register.open(path) as reg:
        reg.issue_many([(complaint(customer=f"客户{i}"), f"h{i}", f"s{i}") for i in range(12)])
        from kesu_docs.reports import tracking

        tracking.export(reg, tmp_path / "t.xlsx")
    return path


def test_an_export_keeps_the_memo_with_its_rows(exported: Path):
    with sqlite_open(exported) as conn:
        memo = conn.execute(
            "SELECT value FROM register_meta WHERE key = ?", (sheet_store.MEMO_KEY,)
        ).fetchone()[0]
        version = conn.execute(
            "SELECT value FROM register_meta WHERE key = ?", (sheet_store.META_KEY,)
        ).fetchone()[0]
    conn.close()
    text_key, _, remembered = memo.partition(" ")
    assert remembered == version
    with Register.open(exported) as reg:
        assert text_key == sheet_rows.layout(reg.settings).text_key
        assert reg.sheet_rows_missing() == 0  # the rows follow the layout the memo names
