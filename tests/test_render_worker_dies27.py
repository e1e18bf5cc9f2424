"""``kesu render --jobs 2`` whose worker dies (the OOM killer's SIGKILL, a crash in a library's
C code), the twenty-seventh round (issue 10, bad input; issue 15's pool): the batch no longer
stops. The part the dead worker held is done again, one form a call, by the worker started in its
place: a form that kills that one too costs itself alone (read: ``worker_stopped``; rendered: its
number kept for it, nothing written, the same command run again writes it), every other form is
filed as one job files it, numbers gapless.

The kill is real (SIGKILL sent by the worker to itself when it comes to a chosen form): the command
runs from a small script that wraps two of kesu's functions before calling kesu's command line. A
worker forked from the command inherits the wrapping; a worker started in a dead one's place is
spawned and runs the script again as multiprocessing's main module, so it is wrapped too —
``DIE=always`` kills it as well, ``DIE=once`` spares it (a passing kill: the OOM killer's).
"""

from __future__ import annotations

from pathlib import Path

from helpers import python_process, sqlite_open
from hostile import complaint, write_json

_SCRIPT = """
import os, signal, sys

from kesu_docs import filing

COMMAND = os.getpid()  # in a forked worker: the command's; in a spawned one: its own


def _dies_here(names, at="DIE_AT") -> bool:
    import multiprocessing

    in_worker = os.getpid() != COMMAND or multiprocessing.parent_process() is not None
    forked = os.getpid() != COMMAND
    if not in_worker or not (forked or os.environ.get("DIE") == "always"):
        return False
    return any(name in os.environ.get(at, "").split(",") for name in names)


_render_jobs, _read_for_filing = filing._render_jobs, filing.read_for_filing


def render_or_die(jobs, *args, **kwargs):
    if _dies_here([job.number for job in jobs]):
        os.kill(os.getpid(), signal.SIGKILL)
    numbers = [job.number for job in jobs]  # DIE_AFTER: killed once that document is written
    if len(jobs) > 1 and _dies_here(numbers, "DIE_AFTER"):
        after = next(n for n in numbers if n in os.environ["DIE_AFTER"].split(","))
        _render_jobs(jobs[: numbers.index(after) + 1], *args, **kwargs)
        os.kill(os.getpid(), signal.SIGKILL)
    return _render_jobs(jobs, *args, **kwargs)


_write_file = filing.write_file


def write_or_die(path, data, **options):  # DIE_WRITING: killed with the document's .part file written
    if _dies_here([n for n in os.environ.get("DIE_WRITING", "").split(",") if n and n in str(path)], "DIE_WRITING"):
        filing.leftovers.stage_file(path, data)
        os.kill(os.getpid(), signal.SIGKILL)
    return _write_file(path, data, **options)


filing.write_file = write_or_die


def read_or_die(files, *args, **kwargs):
    if _dies_here([os.path.basename(str(f)) for f in files]):
        os.kill(os.getpid(), signal.SIGKILL)
    return _read_for_filing(files, *args, **kwargs)


filing._render_jobs, filing.read_for_filing = render_or_die, read_or_die
if os.environ.get("DEATHS"):  # (the command's limit of deaths a run: reached sooner)
    from kesu_docs import workers

    workers.DEATHS = int(os.environ["DEATHS"])

if __name__ == "__main__":
    from kesu_docs.entry import main

    main()
"""


def _inbox(tmp_path: Path, count: int = 12) -> Path:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for i in range(count):
        write_json(inbox / f"c{i:02d}.json", complaint(order_no=f"SO-{i}"))
    return inbox


def _render(tmp_path: Path, inbox: Path, name: str, jobs: int = 2, **env: str):
    script = tmp_path / "run_kesu.py"
    script.write_text(_SCRIPT, encoding="utf-8")
    out, db = tmp_path / f"out-{name}", tmp_path / f"{name}.db"
    args = (str(script), "render", str(inbox), "-o", str(out), "--db", str(db), "--jobs", str(jobs))
    done = python_process(*args, cwd=tmp_path, timeout=300, KESU_LANG="en", **env)
    with sqlite_open(db) as conn:
        rows = conn.execute("SELECT kind, number, revision, status FROM documents ORDER BY id").fetchall()
    docs = {p.name: p.read_bytes() for p in sorted(out.glob("*.docx"))}
    return done, rows, docs


def test_a_render_worker_killed_once_costs_nothing(tmp_path):
    """Killed while rendering the fifth complaint: the worker in its place renders that part
    again; every document, number and register row is what one job makes."""
    inbox = _inbox(tmp_path)
    one, one_rows, one_docs = _render(tmp_path, inbox, "one", jobs=1)
    assert one.returncode == 0, one.stderr
    two, rows, docs = _render(tmp_path, inbox, "two", DIE="once", DIE_AT="202609005")
    assert two.returncode == 0, (two.stdout, two.stderr)
    assert rows == one_rows and len(rows) == 12
    assert docs == one_docs


def test_a_document_that_kills_every_worker_costs_itself_alone_and_keeps_its_number(tmp_path):
    inbox = _inbox(tmp_path)
    one, one_rows, one_docs = _render(tmp_path, inbox, "one", jobs=1)
    env = {"DIE": "always", "DIE_AT": "202609005"}
    two, rows, docs = _render(tmp_path, inbox, "two", **env)
    assert two.returncode == 1, (two.stdout, two.stderr)  # a document failed: the others done
    said = " ".join((two.stdout + two.stderr).split())
    assert "SIGKILL" in said and "202609005" in said and "run again" in said
    assert rows == one_rows  # gapless: 001…012, the fifth kept for its form
    assert sorted(docs) == sorted(n for n in one_docs if "202609005" not in n) and len(docs) == 11
    assert all(docs[n] == one_docs[n] for n in docs)
    again, rows, docs = _render(tmp_path, inbox, "two")  # (nothing dies): the same command again
    assert again.returncode == 0, (again.stdout, again.stderr)
    assert rows == one_rows and docs == one_docs


def test_a_form_that_kills_every_worker_reading_it_costs_itself_alone(tmp_path):
    inbox = _inbox(tmp_path)
    two, rows, docs = _render(tmp_path, inbox, "two", DIE="always", DIE_AT="c07.json")
    assert two.returncode == 2, (two.stdout, two.stderr)  # a file could not be read
    said = " ".join((two.stdout + two.stderr).split())
    assert "c07.json" in said and "SIGKILL" in said
    assert [number for _, number, _, _ in rows] == [f"2026090{i:02d}" for i in range(1, 12)]
    assert len(docs) == 11
