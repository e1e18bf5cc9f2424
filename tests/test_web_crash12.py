"""The page's batches when the server dies (no stop, as after a kill -9 or a power cut) or a
write fails: a cut batch's documents are never handed out twice, a filed batch is never offered
as "checked" again, and the batches are listed again at start-up from a few fields each. A real
register (SQLite file), real documents rendered; every restart here comes WITHOUT ``stop()``."""

from __future__ import annotations

import json
import sys
import threading
import time

from test_web_cut_batches import _batch_of, _cut_batch, _until
from test_web_leftovers12 import _claiming

from kesu_docs.register import Register
from kesu_docs.web.jobs import LISTING, SHELVED, SUMMARY, Batches, Progress, write_summary


def _settled(batch) -> None:
    deadline = time.monotonic() + 300
    while batch.progress.stage not in ("filed", "failed"):
        assert time.monotonic() < deadline, batch.progress
        time.sleep(0.02)


def _drained(batches: Batches) -> None:
    """Back once the one worker has done all that was queued before this call: a check of its
    queue that waits on the worker itself, not on a time a loaded machine may outlast."""
    done = threading.Event()
    batches._submit(batches.new("wang"), lambda _batch: done.set())
    assert done.wait(300), "the worker never reached the end of its queue"


def _unchanged(batch) -> set[str]:
    return {f.output.name for f in batch.filed if f.printed == "unchanged"}


# ---------------------------------------------------------------------- 1. a claim and a crash
def test_documents_taken_from_a_cut_batch_are_not_offered_again_after_a_crash(tmp_path):
    with _claiming(tmp_path) as (root, reg, cut, batches, again, gate, claimed):
        count = len(cut.names)
        gate.set()
        _until(again, ("filed",))
        took = _unchanged(again)
        assert took
        # the process dies and the cut batch's last write is lost: its claims are on disk still
        (cut.folder / SUMMARY).write_bytes(claimed)
        restarted = Batches(root / "work", reg)  # no stop(): nothing was put on disk at the end
        assert restarted.get(cut.id).progress.cut.claims == {}
        last = _batch_of(restarted, count=count)
        assert restarted.earlier(last) == {}  # nothing offered a second time
        shown = restarted.get(again.id)  # its page outlives the crash, as it was shown
        assert shown.progress.stage == "filed" and _unchanged(shown) == took
        restarted.stop(5)
        batches.stop(0)


def test_a_spend_that_cannot_be_written_fails_the_batch_and_nothing_goes_out_twice(tmp_path):
    with _claiming(tmp_path) as (root, reg, cut, batches, again, gate, claimed):
        count = len(cut.names)
        (cut.folder / SUMMARY).unlink()
        (cut.folder / SUMMARY).mkdir()  # the disk refuses the cut batch's next summary
        gate.set()
        _settled(again)
        assert again.progress.stage == "failed" and "summary.json" in again.progress.error
        # its documents are numbered and logged as printed: the failed batch's page and record
        # list them (what it took from the cut batch is spent here, and by a restart)
        assert len(again.filed) == count
        facts = json.loads((again.folder / SHELVED).read_text(encoding="utf-8"))
        assert (
            facts["stage"] == "failed" and "summary.json" in facts["error"] and len(facts["filed"]) == count
        )
        # in this run, the documents it may have taken are not offered again either
        assert batches.earlier(_batch_of(batches, count=count)) == {}

        (cut.folder / SUMMARY).rmdir()
        (cut.folder / SUMMARY).write_bytes(claimed)  # the claims on disk, as the crash left them
        restarted = Batches(root / "work", reg)  # no stop()
        last = _batch_of(restarted, count=count)
        assert restarted.earlier(last) == {}
        restarted.stop(5)
        batches.stop(0)


def test_a_claim_that_cannot_be_written_files_nothing_and_lets_the_documents_go(tmp_path):
    with _cut_batch(tmp_path) as (root, reg, cut):
        count, finished = len(cut.names), dict(cut.progress.cut.finished)
        batches = Batches(root / "work", reg)
        again = _batch_of(batches, count=count)
        numbered = len(reg.documents())
        (cut.folder / SUMMARY).unlink()
        (cut.folder / SUMMARY).mkdir()  # the claim cannot be put on disk
        assert batches.file(again, pdf=False, user="wang")
        assert again.progress.stage == "failed" and again.filed == []
        kept = batches.get(cut.id).progress.cut
        assert kept.claims == {} and kept.finished == finished  # not claimed, not lost
        _drained(batches)  # were anything queued, the worker would have done it by now
        assert not any(again.outbox.iterdir()) and len(reg.documents()) == numbered  # nothing filed
        (cut.folder / SUMMARY).rmdir()
        batches.stop(0)


# ---------------------------------------------------------------------- 2. one list, many threads
def test_uploads_and_pages_at_once_never_trip_over_the_list_of_batches(tmp_path):
    with Register.open(tmp_path / "k.db", create=True) as reg:
        batches = Batches(tmp_path / "work", reg)
        for _ in range(200):  # under way: they stay in memory, the list stays long
            batches.new("wang").progress = Progress("reading")
        errors: list[BaseException] = []

        def uploads() -> None:
            for _ in range(200):
                try:
                    batches.new("wang").progress = Progress("reading")
                except RuntimeError as exc:
                    errors.append(exc)

        def pages() -> None:
            for _ in range(1500):
                try:
                    batches.recent()
                except RuntimeError as exc:
                    errors.append(exc)

        switch = sys.getswitchinterval()
        sys.setswitchinterval(1e-6)  # threads switch often: a race shows
        try:
            threads = [threading.Thread(target=f) for f in (uploads, uploads, pages)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
        finally:
            sys.setswitchinterval(switch)
        assert errors == [] and batches.live() == 600

        gone = batches.new("wang")  # an upload that failed: its batch goes with its folder
        batches.forget(gone)
        assert batches.get(gone.id) is None and not gone.folder.exists()
        assert all(b.id != gone.id for b in batches.recent(limit=1000))
        batches.stop(0)


# ---------------------------------------------------------------------- 3. no stale facts
def test_a_checked_batch_read_back_and_filed_is_not_offered_as_checked_after_a_crash(tmp_path):
    with Register.open(tmp_path / "k.db", create=True) as reg:
        batches = Batches(tmp_path / "work", reg, keep=1, idle=0)
        first = _batch_of(batches, count=3)
        _batch_of(batches, ["c000.json"], count=3)
        batches.recent()
        assert json.loads((first.folder / SHELVED).read_text(encoding="utf-8"))["stage"] == "checked"
        back = batches.get(first.id)
        # read back and checked again: its record stays (a restart lists it) until filing starts
        assert json.loads((first.folder / SHELVED).read_text(encoding="utf-8"))["stage"] == "checked"
        _until(back, ("checked",))
        batches.file(back, pdf=False, user="wang")
        _until(back, ("filed",))
        numbers = sorted(f.number for f in back.filed)

        restarted = Batches(tmp_path / "work", reg, keep=1, idle=0)  # no stop()
        assert [b.progress.stage for b in restarted.recent() if b.id == first.id] == ["filed"]
        shown = restarted.get(first.id)
        assert shown.progress.stage == "filed" and sorted(f.number for f in shown.filed) == numbers
        assert len(reg.documents()) == 3
        restarted.stop(1)
        batches.stop(0)


# ---------------------------------------------------------------------- 4. start-up reads little
def test_the_check_page_lists_batches_on_disk_from_their_listing_not_their_facts(tmp_path):
    with Register.open(tmp_path / "k.db", create=True) as reg:
        batches = Batches(tmp_path / "work", reg, keep=0, idle=0)
        batch = _batch_of(batches, count=2)
        batches.recent()  # put on disk
        assert (batch.folder / SHELVED).is_file() and (batch.folder / LISTING).is_file()
        listing = json.loads((batch.folder / LISTING).read_text(encoding="utf-8"))
        assert set(listing) == {"id", "owner", "created", "names", "stage"}
        # the facts (thousands of documents, in a real one) are not read at start-up
        (batch.folder / SHELVED).write_text("{", encoding="utf-8")
        restarted = Batches(tmp_path / "work", reg)
        (listed,) = restarted.recent()
        assert (listed.id, listed.owner, listed.names) == (batch.id, "wang", batch.names)
        assert restarted.live() == 0
        # what it is asked for is read whole (and a damaged one is said so: no page)
        assert restarted.get(batch.id) is None
        restarted.stop(0)
        batches.stop(0)


# ---------------------------------------------------------------------- 5. a temporary file each
def test_a_summary_is_written_through_a_temporary_file_of_its_own(tmp_path):
    with Register.open(tmp_path / "k.db", create=True) as reg:
        batches = Batches(tmp_path / "work", reg)
        batch = _batch_of(batches, count=1)
        (batch.folder / f".{SUMMARY}.part").mkdir()  # a name another writer would have shared
        write_summary(batch)
        write_summary(batch, SHELVED)
        assert json.loads((batch.folder / SUMMARY).read_text(encoding="utf-8"))["stage"] == "checked"
        leftovers = {p.name for p in batch.folder.iterdir() if p.name.endswith(".part")}
        assert leftovers == {f".{SUMMARY}.part"}  # ours renamed, nothing left behind
        batches.stop(0)


# ---------------------------------------------------------------------- 7. the owner first
def test_another_clerks_batch_on_disk_is_neither_read_back_nor_checked_again(tmp_path):
    with Register.open(tmp_path / "k.db", create=True) as reg:
        batches = Batches(tmp_path / "work", reg, keep=0)
        batch = _batch_of(batches, count=2)
        batches.recent()
        assert batches.live() == 0
        assert batches.get(batch.id, "li") is None
        assert batches.live() == 0 and (batch.folder / SHELVED).is_file()  # not queued for a check
        mine = batches.get(batch.id, "wang")
        assert mine is not None and mine.progress.stage in ("queued", "reading", "checking", "checked")
        _until(mine, ("checked",))
        batches.stop(0)
