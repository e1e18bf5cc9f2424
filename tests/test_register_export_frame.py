"""The export's frame and segments are made once (issue 15, review of round six): the first
export of a register builds its frame workbook once (the stored rows' styles and the kept frame
come from the same openpyxl workbook); a register the export cannot write to (opened
``mode=ro``) has its frame, rows and segments made by the first export of a process and used
again by the next ones while the register is unchanged; the kept frame is keyed by the versions
of the libraries that wrote its XML. Real SQLite files; every workbook is compared with the
one made from the records, byte for byte and cell by cell (openpyxl)."""

from __future__ import annotations

import datetime as dt
import importlib.metadata
import json
import shutil
from pathlib import Path

import pytest
from helpers import complaint, sqlite_open, zip_parts
from openpyxl import load_workbook
from openpyxl.workbook.workbook import Workbook
from test_register_export_rows import eightd, from_records
from test_register_export_segments import read_rows, statements

from kesu_docs.register import Register
from kesu_docs.reports import export_frame, sheet_rows, sheetxml, tracking

DAY = dt.date(2026, 11, 30)


@pytest.fixture(autouse=True)
def fresh_process(monkeypatch):
    """Each test as a new process: no layout (nor frame) made yet; segments of one row in 8."""
    monkeypatch.setattr(sheet_rows, "_LAYOUTS", {})
    monkeypatch.setattr(sheetxml, "SEGMENT_ROWS", 8)


@pytest.fixture
def db(tmp_path) -> Path:
    """A register of 120 complaints (open, closed, late), an 8D, a void and a log line, never
    exported: no stored row, no segment, no frame."""
    path = tmp_path / "kesu.db"
    batch = []
    for i in range(120):
        month, day = 7 + i % 3, 1 + i % 28
        extra: dict = {}
        if i % 4 == 0:
            extra = dict(disposition="退货", loss_amount="120.50")
            extra["closed_date"] = (
                dt.date(2026, month, day) + dt.timedelta(days=25 if i % 3 else 5)
            ).isoformat()
        batch.append(
            (complaint(f"客户{i:03d}", received=f"2026-{month:02d}-{day:02d}", **extra), f"h{i}", f"{i}.xlsx")
        )
    with Register.open(path) as reg:
        reg.issue_many(batch)
        reg.issue(eightd("202607001"), source_hash="8d-1", source="8D-1.json")
        reg.void("202609003", "重复登记")
        reg.log("202608005", "reminder", "催办 <第一次>")
    return path


class Workbooks:
    """How many openpyxl workbooks were made and saved (openpyxl's own class, counted)."""

    def __init__(self, monkeypatch) -> None:
        self.made = self.saved = 0
        init, save = Workbook.__init__, Workbook.save

        def counted_init(book, *args, **kwargs):
            self.made += 1
            init(book, *args, **kwargs)

        def counted_save(book, *args, **kwargs):
            self.saved += 1
            save(book, *args, **kwargs)

        monkeypatch.setattr(Workbook, "__init__", counted_init)
        monkeypatch.setattr(Workbook, "save", counted_save)


def records_export(path: Path, tmp_path: Path, name: str, lang: str = "zh") -> Path:
    """The export made from the records, cell by cell (a copy without the stored rows)."""
    with Register.open(from_records(path, tmp_path, f"{name}.db"), read_only=True) as reg:
        return tracking.export(reg, tmp_path / f"{name}.xlsx", as_of=DAY, lang=lang)


def same_workbook(made: Path, expected: Path, sheet: str = "登记簿") -> None:
    assert zip_parts(made) == zip_parts(expected)
    cells = [
        {ws.title: list(ws.iter_rows(values_only=True)) for ws in load_workbook(p).worksheets}
        for p in (made, expected)
    ]
    assert cells[0] == cells[1]
    assert len(cells[0][sheet]) == 1 + 121


def kept_frame(path: Path, lang: str = "zh") -> dict | None:
    with sqlite_open(path) as conn:
        found = conn.execute(
            "SELECT value FROM register_meta WHERE key = ?", (export_frame.key(lang),)
        ).fetchone()
    conn.close()
    return json.loads(found[0]) if found else None


def read_only(path: Path) -> str:
    """The register named read-only (``mode=ro``): the export stores nothing in it."""
    return f"sqlite:///file:{path}?mode=ro&uri=true"


def test_the_first_export_of_a_register_builds_the_frame_workbook_once(db, tmp_path, monkeypatch):
    expected = records_export(db, tmp_path, "records")
    books = Workbooks(monkeypatch)
    with Register.open(db) as reg:
        out = tracking.export(reg, tmp_path / "first.xlsx", as_of=DAY)
    assert (books.made, books.saved) == (1, 1)  # rows' styles, kept frame and export: one workbook
    assert kept_frame(db) is not None
    with Register.open(db) as reg:
        assert reg.sheet_rows_missing() == 0
        again = tracking.export(reg, tmp_path / "again.xlsx", as_of=DAY)
    assert (books.made, books.saved) == (1, 1)  # the kept frame: no workbook
    same_workbook(out, expected)
    same_workbook(again, expected)


def test_the_english_frame_is_kept_like_the_chinese_one(db, tmp_path, monkeypatch):
    """``--lang en`` once built its workbook frame with openpyxl at every export: it is kept
    beside the Chinese one (its own sheet names and headings, the same styles), and the next
    process's English export makes no workbook; the bytes are the records' export's."""
    expected = records_export(db, tmp_path, "records-en", lang="en")
    with Register.open(db) as reg:
        tracking.export(reg, tmp_path / "zh.xlsx", as_of=DAY)  # the Chinese frame kept first
    assert kept_frame(db, "en") is None
    monkeypatch.setattr(sheet_rows, "_LAYOUTS", {})  # a new process
    with Register.open(db) as reg:
        first = tracking.export(reg, tmp_path / "en-1.xlsx", as_of=DAY, lang="en")
    kept = kept_frame(db, "en")
    assert kept is not None and kept != kept_frame(db)
    assert "Case log" in json.dumps(kept, ensure_ascii=False)
    monkeypatch.setattr(sheet_rows, "_LAYOUTS", {})  # another new process
    books = Workbooks(monkeypatch)
    with Register.open(db) as reg:
        again = tracking.export(reg, tmp_path / "en-2.xlsx", as_of=DAY, lang="en")
    assert (books.made, books.saved) == (0, 0)  # the kept frames: no openpyxl workbook at all
    same_workbook(first, expected, "Register")
    same_workbook(again, expected, "Register")


def test_a_read_only_register_has_its_frame_rows_and_segments_made_once_per_process(
    db, tmp_path, monkeypatch
):
    expected = records_export(db, tmp_path, "records")
    books = Workbooks(monkeypatch)
    with Register.open(read_only(db), read_only=True) as reg:
        first = statements(lambda: tracking.export(reg, tmp_path / "1.xlsx", as_of=DAY))
        second = statements(lambda: tracking.export(reg, tmp_path / "2.xlsx", as_of=DAY))
        assert (books.made, books.saved) == (1, 1)
        assert any("documents.id IN (" in s for s in first)  # the rows made from the records
        assert not any("documents.id IN (" in s for s in second)  # … once
        assert not read_rows(second, "sheet_rows") and not read_rows(second, "log_rows")
        with Register.open(db) as writer:  # another process writes: the next export sees it
            writer.void("202607010", "重复登记")
            writer.log("202608020", "reminder", "催办")
        third = tracking.export(reg, tmp_path / "3.xlsx", as_of=DAY)
    assert kept_frame(db) is None  # nothing stored
    for name in ("1.xlsx", "2.xlsx"):
        same_workbook(tmp_path / name, expected)
    same_workbook(third, records_export(db, tmp_path, "after"))
    rows = {r[0]: r for r in list(load_workbook(third)["登记簿"].iter_rows(values_only=True))[1:]}
    assert rows["202607010"][3] == "作废"


def test_a_kept_frame_of_other_writer_libraries_is_made_again(db, tmp_path, monkeypatch):
    """openpyxl writes the frame's XML through lxml (or et_xmlfile): a kept frame written by
    other versions of them is not used, but made again and kept under the new key."""
    expected = records_export(db, tmp_path, "records")
    with Register.open(db) as reg:
        tracking.export(reg, tmp_path / "first.xlsx", as_of=DAY)
    before = kept_frame(db)
    assert before is not None
    installed = importlib.metadata.version

    for library in export_frame.WRITERS:
        monkeypatch.setattr(sheet_rows, "_LAYOUTS", {})  # a new process, after the upgrade
        monkeypatch.setattr(
            importlib.metadata,
            "version",
            lambda name, lib=library: "99.0" if name == lib else installed(name),
        )
        books = Workbooks(monkeypatch)
        with Register.open(db) as reg:
            out = tracking.export(reg, tmp_path / f"{library}.xlsx", as_of=DAY)
        assert (books.made, books.saved) == (1, 1), library  # made again
        after = kept_frame(db)
        assert after is not None and after["version"] != before["version"], library
        same_workbook(out, expected)
        before = after
    monkeypatch.setattr(importlib.metadata, "version", installed)
    monkeypatch.setattr(sheet_rows, "_LAYOUTS", {})
    books = Workbooks(monkeypatch)
    with Register.open(db) as reg:  # the libraries as installed: the frame made for them again, once
        tracking.export(reg, tmp_path / "back.xlsx", as_of=DAY)
        tracking.export(reg, tmp_path / "kept.xlsx", as_of=DAY)
    assert (books.made, books.saved) == (1, 1)
    same_workbook(tmp_path / "kept.xlsx", expected)


def test_a_copy_of_a_register_keeps_its_frame_usable(db, tmp_path):
    """The key names the layout and the libraries, nothing of the file: a copied register's
    export uses the frame it keeps."""
    with Register.open(db) as reg:
        tracking.export(reg, tmp_path / "first.xlsx", as_of=DAY)
    copy = tmp_path / "copy.db"
    shutil.copy(db, copy)
    with Register.open(copy, read_only=True) as reg:
        sent = statements(lambda: tracking.export(reg, tmp_path / "copy.xlsx", as_of=DAY))
    assert not read_rows(sent, "sheet_rows")
    same_workbook(tmp_path / "copy.xlsx", tmp_path / "first.xlsx")
