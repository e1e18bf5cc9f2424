"""``kesu render --jobs N`` whose worker dies, the review's mends (twenty-seventh round, fixb27):
what a worker keeps is named by its process's id *and* name (a worker started in a dead one's
place with the dead one's pid does not serve the dead one's records), the documents left when no
worker is left have a reason of their own, a document the dead worker had written is counted as
this run's, and a dead worker's ``.part`` file does not stay in the output folder."""

from __future__ import annotations

import datetime as dt
import os
import signal

import pytest
from hostile import complaint, write_json
from test_render_worker_dies27 import _inbox, _render

from kesu_docs import filing
from kesu_docs.workers import Workers


def test_a_record_kept_by_a_dead_worker_is_not_served_by_one_with_its_pid(tmp_path):
    """The token rule: a job keyed by an old worker (same pid, another process name, a key the
    new worker also uses) is not routed to the new worker, and the new worker's holdings do not
    answer it (it fails rather than render another form's record)."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    write_json(inbox / "a.json", complaint(order_no="SO-A"))
    with Workers(2) as workers:
        read = workers.to(0, filing._read_part, [str(inbox / "a.json")], None, None, True).result()
        held = filing._thawed(read)[0].held
        assert held is not None and workers.worker_of(held) == 0
        old = (held[0], "SpawnProcess-999", held[2])  # the dead worker's: its pid, its name
        assert workers.worker_of(old) is None  # (before: matched on the pid alone → worker 0)
    # in one process: the new worker holds key 0, a job of the old one's key 0 comes
    mine = (*filing.worker_token(), 0)
    record = object()
    filing._HELD[mine] = record
    try:
        job = filing._Job(
            "complaint",
            None,
            "202609001",
            "issued",
            dt.date(2026, 9, 1),
            None,
            tmp_path / "x.docx",
            held=(mine[0], "SpawnProcess-999", 0),
        )
        try:
            filing._record_of(job)
            raise AssertionError("served another worker's record")
        except KeyError:
            pass
        assert filing._HELD[mine] is record
    finally:
        filing._HELD.pop(mine, None)


def test_documents_no_worker_was_left_for_say_so_not_that_they_killed_one(tmp_path):
    """Both workers die on their second part and none is started in their place (the run's
    limit of deaths, lowered to 0): the six documents of those parts were never tried alone.
    They are said not rendered for want of a worker (before: "the process rendering it stopped
    (SIGKILL) … report it to IT with the form", each naming an earlier kill); their numbers are
    kept, gapless, and the same command run again renders them."""
    inbox = _inbox(tmp_path)
    one, one_rows, one_docs = _render(tmp_path, inbox, "one", jobs=1)
    env = {"DIE": "always", "DIE_AT": "202609005,202609011", "DEATHS": "0"}
    two, rows, docs = _render(tmp_path, inbox, "two", **env)
    assert two.returncode == 1, (two.stdout, two.stderr)
    said = " ".join((two.stdout + two.stderr).split())
    assert said.count("no worker was left") == 6, said
    assert "report it to IT" not in said and "stopped (ended by signal" not in said
    assert rows == one_rows  # every number issued, none skipped
    untried = ("202609004", "202609005", "202609006", "202609010", "202609011", "202609012")
    assert sorted(docs) == sorted(n for n in one_docs if not any(u in n for u in untried))
    again, rows, docs = _render(tmp_path, inbox, "two")
    assert again.returncode == 0, (again.stdout, again.stderr)
    assert rows == one_rows and docs == one_docs


def test_forms_no_worker_was_left_to_read_say_so(tmp_path):
    """Both workers die reading (none started in their place): the twelve forms are said not
    read for want of a worker (``worker_none_left``), none blamed for the kills; none is
    numbered, and the same command run again files them all."""
    inbox = _inbox(tmp_path)
    env = {"DIE": "always", "DIE_AT": "c01.json,c07.json", "DEATHS": "0"}
    two, rows, docs = _render(tmp_path, inbox, "two", **env)
    assert two.returncode == 2, (two.stdout, two.stderr)
    said = " ".join((two.stdout + two.stderr).split())
    assert said.count("never tried") == 12 and "The process reading this file stopped" not in said, said
    assert rows == [] and docs == {}
    again, rows, docs = _render(tmp_path, inbox, "two")
    assert again.returncode == 0, (again.stdout, again.stderr)
    assert len(rows) == 12 and len(docs) == 12


def test_documents_a_dead_worker_wrote_are_this_runs_not_already_there(tmp_path):
    """The worker is killed after writing two of its part's three documents (202609004, 005):
    done again, they are found in place, and said written by this run like the others — not
    "(already there, not rewritten)", which is for a file a run before left (before: those two
    said so). Documents, numbers and rows are one job's."""
    inbox = _inbox(tmp_path)
    one, one_rows, one_docs = _render(tmp_path, inbox, "one", jobs=1)
    two, rows, docs = _render(tmp_path, inbox, "two", DIE="once", DIE_AFTER="202609005")
    assert two.returncode == 0, (two.stdout, two.stderr)
    said = " ".join((two.stdout + two.stderr).split())
    assert "already there" not in said, said
    assert rows == one_rows and docs == one_docs
    again, _, _ = _render(tmp_path, inbox, "two")  # a run after: every file is already there
    assert " ".join(again.stdout.split()).count("already there") == 12


def test_a_worker_killed_while_writing_leaves_no_part_file(tmp_path):
    """The worker is killed with 202609005's ``.part`` file written, not yet renamed: the worker
    in its place writes the document, and the dead one's ``.part`` file is gone when the
    command ends (before: left in the output folder until the next run)."""
    inbox = _inbox(tmp_path)
    one, one_rows, one_docs = _render(tmp_path, inbox, "one", jobs=1)
    two, rows, docs = _render(tmp_path, inbox, "two", DIE="once", DIE_WRITING="202609005")
    assert two.returncode == 0, (two.stdout, two.stderr)
    assert rows == one_rows and docs == one_docs
    assert sorted(p.name for p in (tmp_path / "out-two").iterdir() if p.name.startswith(".")) == []


# the command's pid, read from the environment in a worker: a *spawned* worker imports this module
# afresh, and ``os.getpid()`` there would be its own (pytest's process runs a thread another test
# left, kesu then spawns rather than forks: the worker never died, and ``die`` came back done —
# round 29's CI failure)
_COMMAND = int(os.environ["PYTEST_COMMAND_PID"])  # (conftest.COMMAND_PID: pytest's process)


def _die_at(items: list[str]) -> list[str]:
    """In a worker: killed at the item ``die`` (SIGKILL, as the OOM killer does); forked or
    spawned alike."""
    if "die" in items and os.getpid() != _COMMAND:
        os.kill(os.getpid(), signal.SIGKILL)
    return items


@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_one_count_of_deaths_for_the_run_whichever_way_parts_are_handed_out(method, monkeypatch):
    """A worker of ``kesu parse``'s pool (parts shared) dies: the run's count of deaths and how
    the last one ended are the pool's (:class:`Deaths`, one for ``Workers.alive`` and
    ``_Share._again``; before: each kept its own, and ``Workers.deaths`` said 0). Forked and
    spawned workers both (kesu spawns when the command runs a thread)."""
    monkeypatch.setenv("KESU_START_METHOD", method)
    with Workers(2, layouts=False, rendering=False, share=True) as workers:
        items = ["die"] + [f"f{i}" for i in range(7)]
        done = workers.parts(_die_at, items, lost=lambda item, how: [f"lost {item}: {how[1]}"]).result()
        assert done[0].startswith("lost die: ended by signal SIGKILL") and done[1:] == items[1:]
        assert workers.deaths == 1 and workers.dead.last_end == -9
