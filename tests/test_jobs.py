"""``--jobs 2`` (issue 15): the work shared by two processes (the command and a worker) gives, byte for byte, what
one process gives, run after run; a hostile file in the batch is reported on its own line and
every other file of the batch is still read, numbered and rendered."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner
from hostile import complaint, excel_form, whitespace_bomb, write_json

from kesu_docs.cli import cli
from kesu_docs.register import Register

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
HOSTILE = {"deep.json", "ws-bomb.xlsx", "truncated.xlsx", "nul.json"}


def kesu(*args: str):
    # at the suite's width (conftest: COLUMNS=1000), so that no file's path wraps in the summary
    # table, however long pytest's temporary folder (/tmp/pytest-of-root/pytest-1023/…) grows
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def _inbox(folder: Path) -> Path:
    """Twelve good forms (ten JSON records, two filled Excel blanks) with four hostile files
    among them, spread so that each worker's share of the batch holds some."""
    folder.mkdir()
    for i in range(10):
        write_json(folder / f"c{i:02d}.json", complaint(order_no=f"SO-{i}"))
    excel_form(folder / "c03-excel.xlsx", order_no="SO-X1")
    excel_form(folder / "c08-excel.xlsx", order_no="SO-X2")
    (folder / "deep.json").write_bytes(b"[" * 100_000 + b"]" * 100_000)  # nested past any reader
    whitespace_bomb(folder / "ws-bomb.xlsx")  # 60 MB of spaces once unzipped
    (folder / "truncated.xlsx").write_bytes((SAMPLES / "complaint-valid.xlsx").read_bytes()[:500])
    write_json(folder / "nul.json", complaint(order_no="SO-NUL", customer="华东\x00精密"))
    return folder


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def _register(db: Path) -> list[tuple[str, str]]:
    with Register.open(db) as reg:
        return [(d.number, Path(d.source or "").name) for d in reg.documents()]


def test_two_jobs_render_what_one_job_renders_byte_for_byte_and_a_hostile_file_stops_only_itself(
    tmp_path, monkeypatch
):
    _inbox(tmp_path / "inbox")
    monkeypatch.chdir(tmp_path)  # paths as a clerk types them: a long temporary path folds in the table
    runs = {}
    for name, jobs in (("one", "1"), ("two", "2"), ("two-again", "2")):
        out, db = tmp_path / name, tmp_path / f"{name}.db"
        result = kesu("render", "inbox", "-o", name, "--db", f"{name}.db", "--jobs", jobs)
        runs[name] = (result, _files(out), _register(db))

    one, two, again = runs["one"], runs["two"], runs["two-again"]
    assert one[0].exit_code == two[0].exit_code == again[0].exit_code == 2  # unreadable files among them
    # the same documents and working copies, byte for byte, in one process or two, run after run
    assert two[1] == one[1] and again[1] == one[1]
    assert sum(name.endswith(".docx") for name in one[1]) == 12
    assert sum(name.endswith(".xlsx") for name in one[1]) == 2  # the Excel forms' numbered copies
    # the register issued the same numbers to the same sources: gapless, none twice
    numbers = [n for n, _ in one[2]]
    assert two[2] == one[2] == again[2]
    assert numbers == [f"2026090{i:02d}" for i in range(1, 13)]
    assert not HOSTILE & {source for _, source in one[2]}
    # each hostile file is reported by name; nothing half-written is left, nothing written elsewhere
    for result, files, _ in (one, two, again):
        for name in HOSTILE:
            assert name in result.output
        assert not [n for n in files if n.startswith(".") or n.endswith(".part")]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["inbox", "one", "one.db", "two", "two.db", "two-again", "two-again.db"]
    )


def test_two_jobs_rerun_into_the_same_folder_change_nothing(tmp_path):
    inbox = _inbox(tmp_path / "inbox")
    out, db = tmp_path / "out", tmp_path / "kesu.db"
    kesu("render", inbox, "-o", out, "--db", db, "--jobs", "2")
    before, numbers = _files(out), _register(db)
    again = kesu("render", inbox, "-o", out, "--db", db, "--jobs", "2")
    assert _files(out) == before and _register(db) == numbers
    assert "沿用原编号" in again.output


def test_two_jobs_parse_what_one_job_parses_and_report_each_hostile_file(tmp_path):
    inbox = _inbox(tmp_path / "inbox")
    shutil.copyfile(SAMPLES / "8d-broken.xlsx", inbox / "c05-8d.xlsx")  # a second kind, with errors
    one = kesu("parse", inbox)
    two = kesu("parse", "--jobs", "2", inbox)
    again = kesu("parse", "--jobs", "2", inbox)
    assert one.output == two.output == again.output
    assert one.exit_code == two.exit_code == 2
    lines = [json.loads(line) for line in two.output.splitlines()]
    assert len(lines) == 17
    by_file = {Path(line["source"]).name: line for line in lines}
    assert {name for name, line in by_file.items() if line["valid"]} == {
        *(f"c{i:02d}.json" for i in range(10)),
        "c03-excel.xlsx",
        "c08-excel.xlsx",
    }
    codes = {name: [e["code"] for e in by_file[name]["errors"]] for name in HOSTILE}
    assert codes["deep.json"] == ["invalid_json"]
    assert codes["ws-bomb.xlsx"] == ["limit_exceeded"]
    assert codes["nul.json"] == ["invalid_characters"]
    assert codes["truncated.xlsx"]  # unreadable, said on its own line


LAYOUTS = Path(__file__).resolve().parent / "layouts" / "filled"


def test_two_jobs_parse_other_layouts_as_one_job_does_the_reader_s_guards_included(tmp_path):
    """Forms of other people's layouts, Excel and PDF: their values were placed by the reader's
    guesses, so the checks look again at where each was read (the provenance a worker keeps
    for them) — the lines are the same byte for byte in one process or two."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for path in sorted(LAYOUTS.glob("*.xlsx"))[:12] + sorted(LAYOUTS.glob("*.pdf"))[:4]:
        shutil.copyfile(path, inbox / path.name)
    one = kesu("parse", inbox)
    two = kesu("parse", "--jobs", "2", inbox)
    assert one.exit_code == two.exit_code
    assert one.output == two.output
    lines = [json.loads(line) for line in one.output.splitlines()]
    assert len(lines) >= 16
    assert any(line["warnings"] for line in lines)  # the guards had something to say
    assert all(line["provenance"] for line in lines if line["record"])


def _share(items: list[str], flag: str) -> list[tuple[str, int]]:
    """A part of the test below: each item with the process that did it. The first part waits
    (up to a minute) until the part with the last item has been done: the worker is held while
    the command does the parts it has not begun."""
    import os
    import time

    if items[0] == "i00":
        Path(flag + ".begun").touch()
        deadline = time.monotonic() + 60
        while not Path(flag).exists() and time.monotonic() < deadline:
            time.sleep(0.01)
    if items[-1] == "i11":
        Path(flag).touch()
    return [(item, os.getpid()) for item in items]


def test_the_command_does_the_parts_no_worker_has_begun_and_results_keep_their_order(tmp_path):
    """``--jobs 2`` is the command's process and one worker: the worker takes the parts from the
    front, the command, while it waits, does those the worker has not begun from the back."""
    import os

    from kesu_docs.workers import Workers

    items = [f"i{i:02d}" for i in range(12)]
    seen: list[list[tuple[str, int]]] = []
    flag = tmp_path / "flag"
    with Workers(2, layouts=False, rendering=False, share=True) as workers:
        assert len(workers.own.processes) == 1
        parts = workers.parts(_share, items, str(flag), per_worker=3, on_part=seen.append)
        _wait_for(flag.with_name("flag.begun"))  # the worker holds the first part
        done = parts.result()
    assert [item for item, _ in done] == items
    assert sorted(item for part in seen for item, _ in part) == items  # each part once
    here = [item for item, pid in done if pid == os.getpid()]
    elsewhere = [item for item, pid in done if pid != os.getpid()]
    assert here and here[-1] == "i11" and elsewhere[0] == "i00"
    assert all(a < b for a in elsewhere for b in here)  # the worker's from the front, ours from the back


def _wait_for(path: Path) -> None:
    import time

    deadline = time.monotonic() + 60
    while not path.exists() and time.monotonic() < deadline:
        time.sleep(0.01)


def test_a_first_file_holding_several_forms_does_not_cost_the_next_file_its_place(tmp_path):
    # the first file is read before the workers start; a JSON list of two records is two
    # results of ONE file: the second file must still be read (it was skipped, silently)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.json").write_text(
        json.dumps([complaint(order_no="SO-A1"), complaint(order_no="SO-A2")], ensure_ascii=False),
        encoding="utf-8",
    )
    for name in "bcdef":
        write_json(inbox / f"{name}.json", complaint(order_no=f"SO-{name.upper()}"))
    one = kesu("parse", inbox)
    two = kesu("parse", "--jobs", "2", inbox)
    assert one.output == two.output
    sources = [Path(json.loads(line)["source"]).name for line in two.output.splitlines()]
    assert sources == ["a.json#1", "a.json#2", "b.json", "c.json", "d.json", "e.json", "f.json"]
