"""One rule for a part whose worker died, ``kesu parse``'s and ``kesu render``'s (debts28):
:func:`kesu_docs.workers.after_death`; and the items no worker was left to try said as such
(``worker_none_left``) by the shared parts of ``kesu parse`` as by render's."""

from __future__ import annotations

import os
import signal

from kesu_docs import workers as workers_module
from kesu_docs.workers import RETRIES, Workers, after_death, ended_at

# the test's process, known to a spawned worker too (which imports this module again)
_COMMAND = int(os.environ["PYTEST_COMMAND_PID"])  # (conftest.COMMAND_PID: pytest's process)


def _die_at(items: list[str]) -> list[str]:
    """In a worker: killed at the item ``die`` (SIGKILL, as the OOM killer does)."""
    if "die" in items and os.getpid() != _COMMAND:
        os.kill(os.getpid(), signal.SIGKILL)
    return items


def test_the_one_rule_after_a_death():
    skipped: dict = {}
    assert after_death(skipped, 0, (2, -9)) == 0  # the item it was at: lost, the rest done again
    assert skipped == {2: ended_at(-9)} and skipped[2][1] is True
    assert after_death(skipped, 0, None) == 0  # died before this call said an item: again as it was
    retries = 0
    for _ in range(RETRIES):  # died sending its results: the part again, RETRIES times
        retries = after_death(skipped, retries, (-1, -9))
    assert retries == RETRIES and after_death(skipped, retries, (-1, -9)) is None
    assert list(skipped) == [2]


def _lost(item, how, tried=True):
    return [(item, tried, how[1])]


def test_parses_items_no_worker_was_left_to_try_are_not_blamed_on_the_last_kill(monkeypatch):
    """No worker may be started after the first death (``DEATHS`` 0): the item the worker died at
    is said killed; the other items of the parts it held were never tried and are said so, after
    how many deaths (before: every one of them named the last kill, as if each had caused it)."""
    monkeypatch.setattr(workers_module, "DEATHS", 0)
    items = ["die", *(f"f{i}" for i in range(7))]
    with Workers(2, layouts=False, rendering=False, share=True) as workers:
        done = workers.parts(_die_at, items, lost=_lost).result()
    assert done[0][:2] == ("die", True) and "SIGKILL" in done[0][2], done
    untried = [d for d in done if isinstance(d, tuple) and d[0] != "die"]
    assert untried and all(d[1] is False and "no more are started" in d[2] for d in untried), done
    assert [d for d in done if isinstance(d, str)] == [
        i for i in items if i not in {d[0] for d in done[:1] + untried}
    ]


def test_renders_part_is_done_again_under_the_same_rule():
    """A part of render's workers (a queue each) whose worker died at ``die``: that item lost with
    how its worker ended, every other item done, the run's deaths counted once each."""
    items = [f"a{i}" for i in range(3)] + ["die"] + [f"b{i}" for i in range(3)]
    with Workers(2, layouts=False, rendering=False) as workers:
        done = workers.parts(_die_at, items, lost=_lost).result()
        assert workers.deaths == 2  # the part's first try (it says no item), then its item
    assert done[3][:2] == ("die", True) and "SIGKILL" in done[3][2]
    assert done[:3] + done[4:] == items[:3] + items[4:]


def _finish_then_die(begun: str) -> None:
    """In a worker: says it has begun (a file), then dies before its call is done."""
    from pathlib import Path

    Path(begun).write_text("begun", encoding="utf-8")
    import time

    time.sleep(0.2)
    os.kill(os.getpid(), signal.SIGKILL)


def test_a_worker_dying_as_the_pool_closes_is_counted_for_the_cleaning_of_its_files(tmp_path):
    """Ctrl-C closes the pool while a worker finishes its call (``close(cancel=True)``) and the
    worker dies then: no part ever came to its death, so nothing counted it and its ``.part``
    file waited for the next run (before: ``deaths`` 0). Counted once the pool is closed, what
    ``filing._Batch._after_deaths`` cleans after, as after any death."""
    import time

    begun = tmp_path / "begun"
    workers = Workers(2, layouts=False, rendering=False)
    try:
        call = workers.to(0, _finish_then_die, str(begun))
        while not begun.exists():  # (the call under way when the pool closes)
            time.sleep(0.01)
    finally:
        workers.close(cancel=True)
    assert call.exception() is not None
    assert workers.deaths == 1
