"""``kesu render --jobs N`` whose worker dies, the review's mends (twenty-seventh round, fixb27):
what a worker keeps is named by its process's id *and* name (a worker started in a dead one's
place with the dead one's pid does not serve the dead one's records), the documents left when no
worker is left have a reason of their own, a document the dead worker had written is counted as
this run's, and a dead worker's ``.part`` file does not stay in the output folder."""

from __future__ import annotations

import datetime as dt

from hostile import complaint, write_json

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
