"""A batch is filed in chunks (issue 15: memory flat from 1,000 to 10,000 documents): every
chunk's complaints are numbered in the order of the inputs as it is read, the documents that
reference complaints after all of them; the numbers, files and summary are those of one chunk,
with one process or two, and no record is kept once its document is written."""

from __future__ import annotations

import copy
import json
import multiprocessing
from pathlib import Path

import pytest

from kesu_docs import filing
from kesu_docs.filing import render_paths
from kesu_docs.register import Register

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
COMPLAINT = json.loads((SAMPLES / "complaint-from-system.json").read_text(encoding="utf-8"))
RETURN = json.loads((SAMPLES / "return-valid.json").read_text(encoding="utf-8"))


def _inbox(folder: Path) -> Path:
    """A return note first (for the complaint numbered 202609001 in this same batch), then
    seven complaints, one of them invalid, then a second return note past the approved quantity."""
    folder.mkdir()
    (folder / "a-return.json").write_text(json.dumps(RETURN, ensure_ascii=False), encoding="utf-8")
    for i in range(7):
        record = copy.deepcopy(COMPLAINT) | {"number": None}
        if i:
            record["order_no"] = f"SO-{i}"
        if i == 4:
            record["ship_qty"] = "很多"  # not a quantity: refused, the others still numbered
        (folder / f"c{i}.json").write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    beyond = copy.deepcopy(RETURN)
    beyond["items"][0].update(qty_approved=None, qty_returned=50, amount="3825.00")
    (folder / "z-return.json").write_text(json.dumps(beyond, ensure_ascii=False), encoding="utf-8")
    return folder


def _file(inbox: Path, out: Path, db: Path, **options) -> list[filing.Filed]:
    with Register.open(db) as register:
        return render_paths([inbox], out, register=register, **options)


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def _summary(filed: list[filing.Filed]) -> list[tuple]:
    return [
        (Path(f.source).name, f.kind, f.outcome, f.number, f.output.name if f.output else None) for f in filed
    ]


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_batch_filed_two_files_at_a_time_numbers_and_renders_as_in_one_chunk(tmp_path, monkeypatch, jobs):
    inbox = _inbox(tmp_path / "inbox")
    whole = _file(inbox, tmp_path / "whole", tmp_path / "whole.db")
    monkeypatch.setattr(filing, "CHUNK", 2)
    chunked = _file(inbox, tmp_path / "chunked", tmp_path / "chunked.db", jobs=jobs)

    assert _summary(chunked) == _summary(whole)
    assert _files(tmp_path / "chunked") == _files(tmp_path / "whole")  # byte for byte
    # in the order of the inputs; the invalid complaint takes no number: no gap
    assert [(Path(f.source).name, f.outcome, f.number) for f in chunked if f.kind == "complaint"] == [
        ("c0.json", "rendered", "202609001"),
        ("c1.json", "rendered", "202609002"),
        ("c2.json", "rendered", "202609003"),
        ("c3.json", "rendered", "202609004"),
        ("c4.json", "invalid", None),
        ("c5.json", "rendered", "202609005"),
        ("c6.json", "rendered", "202609006"),
    ]
    # the first return note, read before its complaint, was checked once the complaint had its
    # number; the second is checked against the first one's quantity, as in one chunk
    first, second = (f for f in chunked if f.kind == "return")
    assert first.outcome == "rendered" and first.source.endswith("a-return.json")
    assert second.outcome == "invalid"
    assert [p.code for p in second.problems] == [p.code for p in whole[-1].problems]
    with Register.open(tmp_path / "chunked.db") as register:
        assert sorted(d.number for d in register.documents(kind="complaint")) == [
            f"20260900{i}" for i in range(1, 7)
        ]
        # every print logged once, as the original, by the chunk's one transaction
        for f in chunked:
            if f.outcome == "rendered":
                assert [p.mark for p in register.printed(f.number, kind=f.kind)] == ["original"]


def test_no_record_is_kept_once_its_document_is_written(tmp_path, monkeypatch):
    monkeypatch.setattr(filing, "CHUNK", 2)
    filed = _file(_inbox(tmp_path / "inbox"), tmp_path / "out", tmp_path / "kesu.db")
    assert all(f.parse is None or f.parse.record is None for f in filed)
    # what the summary shows is still there: the problems of the invalid ones
    invalid = [f for f in filed if f.outcome == "invalid"]
    assert len(invalid) == 2 and all(f.problems and f.parse is not None for f in invalid)


class _Kept(dict):
    """filing._HELD in a forked worker, counting the records it was given to keep."""

    kept = 0

    def __setitem__(self, key, value) -> None:
        type(self).kept += 1
        super().__setitem__(key, value)


def _held_in_worker() -> tuple[int, int]:
    """In a worker: (records kept since it started, records still kept)."""
    return type(filing._HELD).kept, len(filing._HELD)


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="fork: POSIX")
def test_two_workers_render_the_records_they_read_and_keep_none_after_the_batch(tmp_path, monkeypatch):
    """``--jobs 2``: each worker keeps the records it read and renders them itself (the command
    sends numbers, not records); the records it will not render — an invalid return note, a
    second source of one document — are let go too: nothing is kept once the batch is filed,
    and the files are those one job writes. The workers' records are counted through a fork of
    this process: forked, said so (it was skipped whenever another test had left a thread
    running, kesu then spawning its workers)."""
    from kesu_docs.workers import Workers

    monkeypatch.setenv("KESU_START_METHOD", "fork")
    inbox = _inbox(tmp_path / "inbox")
    (inbox / "c1-again.json").write_bytes((inbox / "c1.json").read_bytes())  # a second source
    one = _file(inbox, tmp_path / "one", tmp_path / "one.db")
    monkeypatch.setattr(filing, "CHUNK", 4)
    monkeypatch.setattr(filing, "_HELD", _Kept())
    with Workers(2) as workers, Register.open(tmp_path / "two.db") as register:
        two = render_paths([inbox], tmp_path / "two", register=register, jobs=2, workers=workers)
        held = [workers.to(k, _held_in_worker).result() for k in range(2)]
    assert _summary(two) == _summary(one)
    assert _files(tmp_path / "two") == _files(tmp_path / "one")
    assert all(kept > 0 for kept, _ in held)  # both workers rendered records they had read
    assert sum(kept for kept, _ in held) == 9  # every record read valid: 10 files, c4 refused on reading
    assert [left for _, left in held] == [0, 0]
