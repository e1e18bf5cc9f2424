"""Thirty-sixth round, ``kesu render --jobs 2`` (issue 15): the timeline's serial part.

- bench/jobs_timeline.py says the command's serial end (the milliseconds from the last worker
  call to its end, its CPU seconds after its last print-log transaction) and, with its CPU
  seconds at the fork, the run's serial CPU: what no worker shares, on two cores the floor of
  the wall time beside half of the rest.
"""

from __future__ import annotations

import contextlib
import importlib.util
import multiprocessing

import pytest
from helpers import ROOT


def _timeline():
    spec = importlib.util.spec_from_file_location("jobs_timeline36", ROOT / "bench" / "jobs_timeline.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _line(pid: int, what: str, start: float, end: float, cpu: float = 0.0, so_far: float = 0.0) -> str:
    return f"{pid}\t{what}\t{start:.6f}\t{end:.6f}\t{cpu:.6f}\t{so_far:.6f}\n"


def test_the_timeline_says_the_commands_serial_start_and_end(tmp_path):
    """A run's log as the timeline writes it: the command (pid 1) forks at 0.40 s of its CPU,
    numbers, logs its last prints at 1.10 s and ends at 1.30 s of CPU, 0.25 s after the last
    render of its two workers: its serial part is 0.40 + 0.20 s of CPU."""
    log = tmp_path / "timeline.tsv"
    log.write_text(
        "".join(
            [
                _line(1, "command-start", 100.0, 100.0),
                _line(1, "fork", 100.5, 100.5, 0.0, 0.40),
                _line(2, "worker-start", 100.55, 100.55),
                _line(3, "worker-start", 100.56, 100.56),
                _line(2, "_read_part", 100.6, 100.9, 0.3),
                _line(3, "_read_part", 100.6, 100.95, 0.35),
                _line(1, "issue_many", 100.9, 101.0, 0.05, 0.60),
                _line(2, "_render_part", 101.0, 102.0, 1.0),
                _line(3, "_render_part", 101.0, 102.25, 1.25),
                _line(1, "log_prints", 102.26, 102.3, 0.03, 1.10),
                _line(2, "cpu-worker-1.300", 102.3, 102.3),
                _line(3, "cpu-worker-1.600", 102.3, 102.3),
                _line(1, "cpu-main-1.300", 102.5, 102.5),
                _line(1, "command-end", 102.5, 102.5),
            ]
        ),
        encoding="utf-8",
    )
    command = _timeline().summary(log)["command"]
    assert command["cpu s at the fork"] == 0.4
    assert command["ms from the last worker call to the end"] == 250.0
    assert command["cpu s after the last print log"] == 0.2
    assert command["serial cpu s (before the fork + after the last print log)"] == 0.6


# -- ``kesu render --jobs 2``: the next chunk numbered before the documents of the one before come back

SAMPLES = ROOT / "samples"


def _complaints(folder, count: int):
    """``count`` valid complaints of one month (one series: their numbers follow each other)."""
    import copy
    import json

    folder.mkdir()
    sample = json.loads((SAMPLES / "complaint-from-system.json").read_text(encoding="utf-8"))
    for i in range(count):
        record = copy.deepcopy(sample) | {"number": None, "order_no": f"SO-{i}"}
        (folder / f"c{i:02d}.json").write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    return folder


def _two_jobs(inbox, out, db, progress):
    from kesu_docs.filing import render_paths
    from kesu_docs.register import Register
    from kesu_docs.workers import Workers

    with Workers(2) as workers, Register.open(db) as register:
        return render_paths([inbox], out, register=register, jobs=2, workers=workers, progress=progress)


def _one_job(inbox, out, db):
    from kesu_docs.filing import render_paths
    from kesu_docs.register import Register

    with Register.open(db) as register:
        return render_paths([inbox], out, register=register)


def _files(folder) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def _numbers(db) -> list[str]:
    import sqlite3

    with contextlib.closing(sqlite3.connect(db)) as con:
        return [row[0] for row in con.execute("SELECT number FROM documents ORDER BY id")]


@pytest.fixture
def small_chunks(monkeypatch):
    """Chunks of 1, 2, 4 and 9 of 16 forms (with workers the first chunks are smaller), the
    workers forked (KESU_START_METHOD)."""
    from kesu_docs import filing

    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("fork: POSIX")
    monkeypatch.setenv("KESU_START_METHOD", "fork")
    monkeypatch.setattr(filing, "CHUNK", 8)


def test_two_jobs_number_the_third_chunk_before_the_first_chunks_documents_are_back(tmp_path, small_chunks):
    """The command numbered chunk k and then waited for the documents of chunk k - 1: the workers,
    done with the first two chunks (read first, rendered after), waited for the third to be
    numbered (bench/jobs_timeline.py). Now two chunks are numbered ahead: the first document
    comes back once three chunks (1 + 2 + 4 forms) are numbered — and the files, numbers and
    prints are those of one job."""
    inbox = _complaints(tmp_path / "inbox", 16)
    said: list[tuple[str, int]] = []
    two = _two_jobs(
        inbox, tmp_path / "two", tmp_path / "two.db", lambda stage, done, _total: said.append((stage, done))
    )
    numbered_when_rendered = max(
        done for stage, done in said[: said.index(("render", 1))] if stage == "number"
    )
    assert numbered_when_rendered >= 7  # before: 3 (the first two chunks)
    one = _one_job(inbox, tmp_path / "one", tmp_path / "one.db")
    assert [(f.outcome, f.number) for f in two] == [(f.outcome, f.number) for f in one]
    assert _files(tmp_path / "two") == _files(tmp_path / "one")  # byte for byte
    assert _numbers(tmp_path / "two.db") == [f"202609{i:03d}" for i in range(1, 17)]


def test_ctrl_c_with_two_chunks_numbered_ahead_leaves_whole_files_and_the_same_command_finishes(
    tmp_path, small_chunks
):
    """Ctrl-C once the third chunk is numbered, the first two not yet collected: the workers
    finish the documents they are writing and drop the rest; no file is left half written (no
    ``.part``), every document written is whole, each number is issued once; the same command
    run again renders the numbered forms under their numbers and numbers the rest after them,
    no gap — the files those of one uninterrupted job."""
    import zipfile

    inbox = _complaints(tmp_path / "inbox", 16)
    out, db = tmp_path / "out", tmp_path / "kesu.db"
    pressed: list[bool] = []

    def ctrl_c(stage: str, done: int, _total: int) -> None:
        if stage == "number" and done >= 7 and not pressed:
            pressed.append(True)
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        _two_jobs(inbox, out, db, ctrl_c)
    numbered = _numbers(db)
    assert numbered == [f"202609{i:03d}" for i in range(1, len(numbered) + 1)] and len(numbered) >= 7
    left = sorted(p.name for p in out.iterdir())
    assert not [name for name in left if not name.endswith(".docx")]  # no .part, no temporary file
    for name in left:
        with zipfile.ZipFile(out / name) as docx:
            assert docx.testzip() is None
    again = _two_jobs(inbox, out, db, None)
    assert [f.outcome for f in again] == ["rendered"] * 16
    assert _numbers(db) == [f"202609{i:03d}" for i in range(1, 17)]  # none twice, none skipped
    _one_job(inbox, tmp_path / "one", tmp_path / "one.db")
    assert _files(out) == _files(tmp_path / "one")
