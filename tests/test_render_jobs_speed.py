"""What the render and jobs speed round changed (issue 15), shown by behaviour: a batch over many
months numbers each month from its own counter with one statement for all counters; a short
last chunk is filed with the chunk before it; workers that read ahead compile the templates
early, and a missing template still fails each document alone, named, the others numbered."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import assert_gapless_series, complaint, sqlite_open

from kesu_docs import filing
from kesu_docs.filing import render_paths
from kesu_docs.register import Register

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
COMPLAINT = json.loads((SAMPLES / "complaint-from-system.json").read_text(encoding="utf-8"))


def _counters(db: Path) -> dict[str, int]:
    with sqlite_open(db) as conn:
        rows = conn.execute("SELECT scope, last_serial FROM counters WHERE kind = 'complaint'")
        return {scope.split("{")[0]: last for scope, last in rows}  # 202609{serial}: the month's counter


def test_a_batch_over_twelve_months_numbers_each_month_from_its_own_counter(tmp_path):
    db = tmp_path / "kesu.db"
    months = [f"2026-{m:02d}-1{m % 9}" for m in range(1, 13)]
    with Register.open(db) as reg:
        # a pre-numbered form holds March's second serial: the series goes around it
        held = reg.issue(complaint("先到", received="2026-03-02", number="202603002"), source_hash="held")
        first = reg.issue_many(
            [(complaint(f"客户{i}", received=months[i % 12]), f"a{i}", f"a.json#{i}") for i in range(36)]
        )
        second = reg.issue_many(
            [(complaint(f"新客户{i}", received=months[i % 12]), f"b{i}", f"b.json#{i}") for i in range(12)]
        )
    numbers = [d.number for d in first + second]
    per_month = {f"2026{m:02d}": 4 + (m == 3) for m in range(1, 13)}  # March: and the held number
    # every month's series 001, 002, … without a gap, no number twice, rising within the batch
    assert_gapless_series([[held.number], numbers], per_month)
    # every counter holds its month's last serial (March's past the held number)
    assert _counters(db) == per_month
    # the second batch went on where the first left off
    assert [d.number for d in second[:3]] == ["202601004", "202602004", "202603005"]


def _inbox(folder: Path, count: int) -> Path:
    folder.mkdir()
    for i in range(count):
        record = dict(COMPLAINT, number=None, order_no=f"SO-{i:03d}")
        (folder / f"c{i:02d}.json").write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    return folder


@pytest.mark.parametrize(("jobs", "count", "commits"), [(1, 17, [8, 17]), (2, 16, [1, 3, 7, 16])])
def test_a_short_last_chunk_is_numbered_with_the_chunk_before(tmp_path, monkeypatch, jobs, count, commits):
    inbox = _inbox(tmp_path / "inbox", count)
    with Register.open(tmp_path / "whole.db") as reg:
        whole = render_paths([inbox], tmp_path / "whole", register=reg)
    monkeypatch.setattr(filing, "CHUNK", 8)  # a last chunk of one file joins the chunk before
    numbered: list[int] = []

    def progress(stage: str, done: int, _total: int) -> None:
        if stage == "number":
            numbered.append(done)

    with Register.open(tmp_path / "chunked.db") as reg:
        chunked = render_paths([inbox], tmp_path / "chunked", register=reg, jobs=jobs, progress=progress)
    # one commit per chunk: one job 8 + 8, two jobs' first chunks smaller (1 + 2 + 4 + 8), and
    # the one file left over filed with the last of them
    assert numbered == commits
    assert [(f.outcome, f.number) for f in chunked] == [(f.outcome, f.number) for f in whole]
    assert {p.name: p.read_bytes() for p in (tmp_path / "chunked").iterdir()} == {
        p.name: p.read_bytes() for p in (tmp_path / "whole").iterdir()
    }
    assert [f.number for f in chunked] == [f"202609{i:03d}" for i in range(1, count + 1)]


def test_a_missing_template_fails_each_document_alone_after_the_workers_read_ahead(tmp_path):
    inbox = _inbox(tmp_path / "inbox", 6)
    empty = tmp_path / "templates"
    empty.mkdir()
    with Register.open(tmp_path / "kesu.db") as reg:
        filed = render_paths([inbox], tmp_path / "out", register=reg, jobs=2, template_dir=empty)
        numbers = sorted(d.number for d in reg.documents(kind="complaint"))
    assert [f.outcome for f in filed] == ["failed"] * 6
    assert all(
        f.problems[0].code == "render_failed" and "no template" in str(f.problems[0].params) for f in filed
    )
    assert numbers == []  # attack28: the template looked at before any number is issued, as with one job
    assert not any((tmp_path / "out").glob("*.docx"))


def test_kesu_parse_with_two_jobs_forks_its_workers_without_the_renderer(tmp_path):
    """Reading only: what the command imports before the fork is on the longest path of the
    run (nothing else runs yet), so neither the renderer nor filing is imported for it."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for i in range(4):
        shutil.copyfile(SAMPLES / "complaint-valid.xlsx", inbox / f"c{i}.xlsx")
    probe = (
        "import json, sys\n"
        "from kesu_docs.cli import main\n"
        f"sys.argv = ['kesu', 'parse', '--jobs', '2', {str(inbox)!r}]\n"
        "try:\n    main()\nexcept SystemExit as exc:\n    code = exc.code\n"
        "names = ('jinja2', 'kesu_docs.filing', 'kesu_docs.render')\n"
        "sys.stderr.write(json.dumps([code, [n for n in names if n in sys.modules]]))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    code, imported = json.loads(done.stderr.strip().splitlines()[-1])
    assert code == 0 and imported == []
    assert [json.loads(line)["valid"] for line in done.stdout.splitlines()] == [True] * 4


def _templates_compiled(_part) -> list[list[str]]:
    """In a worker: the template folders it has compiled templates from (see filing._renderer)."""
    return [sorted(str(k) for k in filing._RENDERERS)]


def test_the_workers_reading_ahead_compile_the_templates_the_batch_renders_with(tmp_path):
    """``read_ahead`` given the batch's ``template_dir`` has the workers compile those templates
    while they read, not the default ones the batch will not use."""
    from kesu_docs.render import default_template_dir
    from kesu_docs.workers import Workers

    inbox = _inbox(tmp_path / "inbox", 4)
    templates = tmp_path / "templates"
    shutil.copytree(default_template_dir(), templates)
    with Workers(1) as workers:
        filing.read_ahead(workers, [inbox], tmp_path / "out", template_dir=templates)
        for reading in workers.ahead.reading.values():
            assert all(r.valid for r in reading())
        [compiled] = workers.parts(_templates_compiled, [0]).result()
    assert str(templates) in compiled  # (the default folder too when forked from a process that had it)


def test_two_jobs_render_in_parts_of_at_most_render_part_documents(tmp_path, monkeypatch):
    """A chunk's documents are handed to the workers in parts of ``RENDER_PART`` at most (two a
    worker at least): the batch's last parts, which decide how long one worker waits for the
    other at the end, stay short however large the chunk; the files are those one job writes."""
    from kesu_docs import workers

    inbox = _inbox(tmp_path / "inbox", 40)
    with Register.open(tmp_path / "one.db") as reg:
        one = render_paths([inbox], tmp_path / "one", register=reg)
    monkeypatch.setattr(filing, "CHUNK", 32)  # chunks of 4, 8, 16 and the 12 left
    monkeypatch.setattr(workers, "RENDER_PART", 3)
    rendered: list[int] = []

    def progress(stage: str, done: int, _total: int) -> None:
        if stage == "render":
            rendered.append(done)

    with Register.open(tmp_path / "two.db") as reg:
        two = render_paths([inbox], tmp_path / "two", register=reg, jobs=2, progress=progress)
    parts = [b - a for a, b in zip([0, *rendered], rendered)]
    assert sum(parts) == 40 and max(parts) == 3  # the chunk of 16 in six parts, not four of 4
    assert len(parts) == 4 + 4 + 6 + 4
    assert [(f.outcome, f.number) for f in two] == [(f.outcome, f.number) for f in one]
    assert {p.name: p.read_bytes() for p in (tmp_path / "two").iterdir()} == {
        p.name: p.read_bytes() for p in (tmp_path / "one").iterdir()
    }


_COMPILED_PROBE = (
    "import json, os, sys\n"
    "from kesu_docs.cli import main\n"
    "sys.argv = ['kesu', 'render', *sys.argv[1:]]\n"
    "try:\n    main()\nexcept SystemExit as exc:\n    code = exc.code\n"
    "jinja = 'jinja2' in sys.modules\n"
    "template = sys.modules.get('kesu_docs.render.template')\n"
    "names = sorted(os.path.basename(k) for k in template._CACHE) if template else []\n"
    "sys.stderr.write('\\n' + json.dumps([code, names, jinja]))\n"
)


def _compiled_by_the_command(tmp_path: Path, *args: str, spawn: bool = False) -> tuple[int, list[str]]:
    """``kesu render ARGS`` run in a process of its own: its exit code and the templates the
    command's process compiled (with two jobs it renders none itself, and imports no Jinja2)."""
    env = {k: v for k, v in os.environ.items() if k != "KESU_START_METHOD"}
    if spawn:
        env["KESU_START_METHOD"] = "spawn"
    done = subprocess.run(
        [sys.executable, "-c", _COMPILED_PROBE, *args],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
        env=env,
    )
    code, names, jinja = json.loads(done.stderr.strip().splitlines()[-1])
    assert jinja == bool(names), (names, jinja)  # the renderer loaded where it rendered only
    return code, names


def test_two_jobs_leave_the_renderer_and_its_templates_to_the_workers(tmp_path):
    """``kesu render --jobs 2``: the command numbers and logs, its workers render, so it neither
    imports the renderer (Jinja2) nor compiles a template, forked or spawned (twenty-fifth round:
    before, it compiled the first document's template before the fork, on the run's longest
    path); each worker compiles it as it reads. The files are those one job writes."""
    inbox = _inbox(tmp_path / "inbox", 6)
    code, names = _compiled_by_the_command(tmp_path, str(inbox), "-o", "two", "--db", "two.db", "--jobs", "2")
    assert (code, names) == (0, [])
    code, names = _compiled_by_the_command(tmp_path, str(inbox), "-o", "one", "--db", "one.db")
    assert code == 0 and names == ["complaint.docx"]  # one job renders here
    assert {p.name: p.read_bytes() for p in (tmp_path / "two").iterdir()} == {
        p.name: p.read_bytes() for p in (tmp_path / "one").iterdir()
    }
    args = [str(inbox), "-o", "spawned", "--db", "spawned.db", "--jobs", "2"]
    assert _compiled_by_the_command(tmp_path, *args, spawn=True) == (0, [])


def test_a_first_file_that_cannot_be_read_leaves_the_template_to_the_workers(tmp_path):
    """The first file broken (not JSON), or of no known kind: nothing is compiled before the
    fork and the batch reports that file as it would have; the others are rendered."""
    inbox = _inbox(tmp_path / "inbox", 4)
    (inbox / "a0.json").write_text("{not json", encoding="utf-8")
    code, names = _compiled_by_the_command(tmp_path, str(inbox), "-o", "out", "--db", "k.db", "--jobs", "2")
    assert (code, names) == (2, [])  # 2: a file could not be read
    assert len(list((tmp_path / "out").glob("*.docx"))) == 4
    (inbox / "a0.json").write_text(json.dumps({"kind": "nothing-known"}), encoding="utf-8")
    code, names = _compiled_by_the_command(tmp_path, str(inbox), "-o", "out2", "--db", "k2.db", "--jobs", "2")
    assert names == [] and code != 0
    assert len(list((tmp_path / "out2").glob("*.docx"))) == 4
