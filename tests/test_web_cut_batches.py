"""A batch cut short by the server's stop, as the clerk meets it: the page says what finished
and what to submit again in the page's language, still says it after the server started again
(the batch's summary in its own folder), and the whole batch submitted again numbers and prints
nothing twice. A real register (SQLite file), real documents rendered, the page through Flask's
test client (the browser adds nothing to these words)."""

from __future__ import annotations

import datetime as dt
import json
import re
import time
import zipfile
from pathlib import Path

from web_helpers import SAMPLES

from kesu_docs.register import Register
from kesu_docs.web import WebConfig, create_app
from kesu_docs.web.jobs import KEEP_CUT, KEEP_DAYS, SUMMARY, Batch, Batches, Cutoff, Progress, write_summary

COUNT = 60
CJK = re.compile(r"[\u4e00-\u9fff]")


def _records(count: int) -> list[dict]:
    record = json.loads((SAMPLES / "complaint-from-system.json").read_text(encoding="utf-8"))
    record.pop("number")
    return [record | {"order_no": f"SO-2026-{n:05d}"} for n in range(count)]


def _batch_of(batches: Batches, names: list[str] | None = None, owner: str = "wang") -> Batch:
    """A batch of COUNT JSON files (one complaint each; ``names`` of them only), checked."""
    batch = batches.new(owner)
    for n, record in enumerate(_records(COUNT)):
        name = f"c{n:03d}.json"
        if names is None or name in names:
            (batch.inbox / name).write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
            batch.names.append(name)
    batches.check(batch)
    _until(batch, ("checked",))
    return batch


def _until(batch: Batch, stages: tuple[str, ...]) -> None:
    deadline = time.monotonic() + 300
    while batch.progress.stage not in stages:
        assert batch.progress.stage != "failed" and time.monotonic() < deadline, batch.progress
        time.sleep(0.02)


def _cut_batch(tmp_path: Path, reg: Register) -> Batch:
    """A batch of COUNT files cut by a stop while rendering: some documents finished, not all."""
    batches = Batches(tmp_path / "work", reg)
    batch = _batch_of(batches)
    batches.file(batch, pdf=False, user="wang")
    while not (batch.progress.step == "render" and batch.progress.done >= 5):
        assert batch.progress.stage != "filed", "filed before the stop: make the batch longer"
        time.sleep(0.002)
    assert batches.stop(0) is False
    assert batch.progress.cut is not None and 5 <= batch.progress.cut.done < COUNT
    return batch


def _client(tmp_path: Path, reg: Register, lang: str = "zh"):
    """The page as a server started again on the same work folder and register."""
    app = create_app(WebConfig(db=str(tmp_path / "k.db"), work=tmp_path / "work", lang=lang), register=reg)
    return app, app.test_client()


def _token(client, batch: Batch) -> str:
    page = client.get(f"/batch/{batch.id}").get_data(as_text=True)
    return re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)


def _error_text(page: str) -> str:
    found = re.search(r'<p class="flash error" id="batch-error">(.*?)</p>', page, re.S)
    assert found, page[:2000]
    return found.group(1)


def test_a_cut_batch_is_said_in_the_pages_language_and_kept_past_a_restart(tmp_path):
    with Register.open(tmp_path / "k.db", create=True) as reg:
        cut = _cut_batch(tmp_path, reg)
        finished = sorted(p.name for p in cut.outbox.glob("*.docx"))
        assert (cut.folder / SUMMARY).is_file()

        app, client = _client(tmp_path, reg)  # the server started again: batches were in memory
        page = client.get(f"/batch/{cut.id}").get_data(as_text=True)
        said = _error_text(page)
        assert f"已完成 {len(finished)} 份" in said and "未做完的来源文件" in said
        rest = cut.progress.cut.rest
        assert len(rest) == COUNT - len(finished) and all(f"<li>{name}</li>" in page for name in rest)
        assert all(name in page for name in finished)  # each finished document offered again

        english = client.get(f"/batch/{cut.id}?lang=en").get_data(as_text=True)
        said_en = _error_text(english)
        assert f"{len(finished)} document(s) finished" in said_en and not CJK.search(said_en)
        status = client.get(f"/batch/{cut.id}/status.json").get_json()
        assert status["stage"] == "failed" and not CJK.search(status["error"])  # the session's choice kept

        _, started_en = _client(tmp_path, reg, lang="en")  # kesu serve --lang en
        assert not CJK.search(_error_text(started_en.get(f"/batch/{cut.id}").get_data(as_text=True)))

        zipped = client.get(f"/batch/{cut.id}/documents.zip")
        assert zipped.status_code == 200
        archive = tmp_path / "cut.zip"
        archive.write_bytes(zipped.data)
        with zipfile.ZipFile(archive) as whole:
            assert sorted(whole.namelist()) == finished
        one = client.get(f"/batch/{cut.id}/documents/{finished[0]}")
        assert one.status_code == 200 and one.data == (cut.outbox / finished[0]).read_bytes()
        app.extensions["kesu"]["batches"].stop(5)


def test_the_whole_cut_batch_submitted_again_numbers_and_prints_nothing_twice(tmp_path):
    """Submitted whole again, the files finished in the cut batch used to come as 补印 No. 1 of
    documents handed out once. They are known by their bytes now: the same number, the
    document as it was (not printed again), and the rest filed as originals."""
    with Register.open(tmp_path / "k.db", create=True) as reg:
        cut = _cut_batch(tmp_path, reg)
        finished = {p.name for p in cut.outbox.glob("*.docx")}
        numbers_before = {d.number for d in reg.documents()}

        app, client = _client(tmp_path, reg)  # after a restart
        batches = app.extensions["kesu"]["batches"]
        again = _batch_of(batches)
        page = client.get(f"/batch/{again.id}").get_data(as_text=True)
        assert 'id="earlier"' in page and 'id="want-reprint"' in page
        assert len(batches.earlier(again)) == len(finished)

        assert (
            client.post(f"/batch/{again.id}/file", data={"csrf_token": _token(client, again)}).status_code
            == 302
        )
        _until(again, ("filed", "failed"))
        assert again.progress.stage == "filed", again.progress
        taken = [f for f in again.filed if f.printed == "unchanged"]
        assert {f.output.name for f in taken} == finished and not any(f.created for f in taken)
        assert {f.printed for f in again.filed if f not in taken} == {"original"}
        assert "先前已完成，未重复打印" in client.get(f"/batch/{again.id}").get_data(as_text=True)
        with zipfile.ZipFile(Batches.zip_of(again)) as whole:
            assert len(whole.namelist()) == COUNT  # the whole batch in one download

        documents = reg.documents()
        assert len(documents) == COUNT and len({d.number for d in documents}) == COUNT
        assert numbers_before <= {d.number for d in documents}
        marks = [[p.mark for p in reg.printed(d.number)] for d in documents]
        assert all(m == ["original"] for m in marks), marks  # no 补印, no second original

        # taken once only: the same files submitted a third time are re-prints, as any file again
        third = _batch_of(batches, sorted(name for name in again.names if name not in cut.progress.cut.rest))
        assert batches.earlier(third) == {}
        batches.file(third, pdf=False, user="wang")
        _until(third, ("filed", "failed"))
        assert {(f.printed, f.reprint_no) for f in third.filed} == {("reprint", 1)}
        restarted = Batches(tmp_path / "work", reg)
        assert not restarted.get(cut.id).progress.cut.finished  # its summary says so too
        restarted.stop(1)
        batches.stop(5)


def test_the_clerk_may_ask_for_the_finished_ones_to_be_printed_again(tmp_path):
    with Register.open(tmp_path / "k.db", create=True) as reg:
        cut = _cut_batch(tmp_path, reg)
        finished = sorted(p.name for p in cut.outbox.glob("*.docx"))
        names = [f"c{n:03d}.json" for n in range(COUNT)][:2]  # two of the files finished
        assert all(name not in cut.progress.cut.rest for name in names)

        app, client = _client(tmp_path, reg)
        batches = app.extensions["kesu"]["batches"]
        again = _batch_of(batches, names)
        assert (
            client.post(
                f"/batch/{again.id}/file", data={"reprint": "1", "csrf_token": _token(client, again)}
            ).status_code
            == 302
        )
        _until(again, ("filed", "failed"))
        assert {(f.printed, f.reprint_no) for f in again.filed} == {("reprint", 1)}
        assert {f.number for f in again.filed} <= {name[len("complaint-") : -5] for name in finished}
        assert len(reg.documents()) == len({d.number for d in reg.documents()})
        batches.stop(5)


def test_a_batch_cut_while_checking_says_to_submit_it_all_in_either_language(tmp_path):
    with Register.open(tmp_path / "k.db", create=True) as reg:
        batches = Batches(tmp_path / "work", reg)
        batch = batches.new("wang")
        (batch.inbox / "many.json").write_text(
            json.dumps(_records(300), ensure_ascii=False), encoding="utf-8"
        )
        batch.names.append("many.json")
        batches.check(batch)
        assert batches.stop(0) is False
        assert "整批重新提交" in batch.progress.said("zh") and not CJK.search(batch.progress.said("en"))
        restored = Batches(tmp_path / "work", reg).get(batch.id)
        assert restored is not None and restored.progress.cut == batch.progress.cut
        assert list(reg.documents()) == []


def test_the_summaries_kept_are_bounded_in_number_and_age_and_the_documents_stay(tmp_path):
    work = tmp_path / "work"
    now = dt.datetime.now().astimezone()
    made = []
    for n in range(KEEP_CUT + 3):
        folder = work / "batches" / f"{n:016x}"
        (folder / "out").mkdir(parents=True)
        (folder / "out" / "complaint-1.docx").write_bytes(b"kept")
        age = dt.timedelta(days=KEEP_DAYS + 1) if n == 0 else dt.timedelta(minutes=n)
        batch = Batch(folder.name, "wang", folder, ["a.json"], created=now - age)
        batch.progress = Progress("failed", cut=Cutoff(rest=["a.json"]))
        write_summary(batch)
        made.append(folder)
    (work / "batches" / "damaged").mkdir()
    (work / "batches" / "damaged" / SUMMARY).write_text("{", encoding="utf-8")
    with Register.open(tmp_path / "k.db", create=True) as reg:
        batches = Batches(work, reg)
        kept = batches.recent(limit=1000)
        assert len(kept) == KEEP_CUT
        assert {b.id for b in kept} == {f.name for f in made[1 : KEEP_CUT + 1]}  # the newest, none too old
        assert not (made[0] / SUMMARY).exists() and not (made[-1] / SUMMARY).exists()
        assert all((f / "out" / "complaint-1.docx").read_bytes() == b"kept" for f in made)
        batches.stop(1)
