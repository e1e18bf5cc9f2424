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
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from web_helpers import SAMPLES, filing_held_until_the_stop, reading_held_until_the_stop, until_held

from kesu_docs.register import Register
from kesu_docs.web import WebConfig, create_app
from kesu_docs.web.jobs import KEEP_CUT, KEEP_DAYS, SUMMARY, Batch, Batches, Cutoff, Progress, write_summary

COUNT = 60
CJK = re.compile(r"[\u4e00-\u9fff]")


def _records(count: int) -> list[dict]:
    record = json.loads((SAMPLES / "complaint-from-system.json").read_text(encoding="utf-8"))
    record.pop("number")
    return [record | {"order_no": f"SO-2026-{n:05d}"} for n in range(count)]


def _batch_of(
    batches: Batches,
    names: list[str] | None = None,
    owner: str = "wang",
    count: int = COUNT,
    backwards: bool = False,
) -> Batch:
    """A batch of ``count`` JSON files (one complaint each; ``names`` of them only), checked;
    ``backwards``: dropped last file first."""
    batch = batches.new(owner)
    files = list(enumerate(_records(count)))
    for n, record in reversed(files) if backwards else files:
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


def _filed_until_cut(batches: Batches, batch: Batch, rendered: int = 5) -> bool:
    """File ``batch`` and stop the server once ``rendered`` documents are rendered, the worker
    held there until the stop (:func:`filing_held_until_the_stop`): True when that cut it.
    (A poll for 5 then a stop of 0 s found the whole batch filed on a fast machine, or one whose
    test thread ran late, and the batch was made four times as big until a stop cut one.)"""

    def reached() -> bool:
        return batch.progress.step == "render" and batch.progress.done >= rendered

    with filing_held_until_the_stop(batches, reached) as held:
        batches.file(batch, pdf=False, user="wang")
        until_held(held, batch)
        batches.stop(0)
    return batch.progress.cut is not None and batch.progress.cut.done == rendered < len(batch.names)


@contextmanager
def _cut_batch(tmp_path: Path, before=None) -> Iterator[tuple[Path, Register, Batch]]:
    """A batch of COUNT files cut by a stop while rendering, in a register and work folder of its
    own (root): 5 documents finished, not the rest (:func:`_filed_until_cut`, on any machine).
    ``before(batches)``: filed first."""
    root = tmp_path / f"n{COUNT}"
    root.mkdir()
    with Register.open(root / "k.db", create=True) as reg:
        batches = Batches(root / "work", reg)
        if before is not None:
            before(batches)
        batch = _batch_of(batches, count=COUNT)
        assert _filed_until_cut(batches, batch), batch.progress
        yield root, reg, batch


def _client(tmp_path: Path, reg: Register, lang: str = "zh"):
    """The page as a server started again on the same work folder and register."""
    app = create_app(WebConfig(db=str(tmp_path / "k.db"), work=tmp_path / "work", lang=lang), register=reg)
    return app, app.test_client()


def _token(client, batch: Batch) -> str:
    page = client.get(f"/batch/{batch.id}").get_data(as_text=True)
    return re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)


def _file_form(client, batch: Batch) -> dict[str, str | list[str]]:
    """The page's filing form as the browser sends it: the token and the files it promised are
    taken as they are."""
    page = client.get(f"/batch/{batch.id}").get_data(as_text=True)
    return {
        "csrf_token": re.search(r'name="csrf_token" value="([^"]+)"', page).group(1),
        "earlier": re.findall(r'name="earlier" value="([^"]+)"', page),
    }


def _promised(client, batch: Batch) -> list[str]:
    return _file_form(client, batch)["earlier"]


def _error_text(page: str) -> str:
    found = re.search(r'<p class="flash error" id="batch-error">(.*?)</p>', page, re.S)
    assert found, page[:2000]
    return found.group(1)


def test_a_cut_batch_is_said_in_the_pages_language_and_kept_past_a_restart(tmp_path):
    with _cut_batch(tmp_path) as (root, reg, cut):
        count = len(cut.names)
        finished = sorted(p.name for p in cut.outbox.glob("*.docx"))
        assert (cut.folder / SUMMARY).is_file()

        app, client = _client(root, reg)  # the server started again: batches were in memory
        page = client.get(f"/batch/{cut.id}").get_data(as_text=True)
        said = _error_text(page)
        assert f"已完成 {len(finished)} 份" in said and "未做完的来源文件" in said
        rest = cut.progress.cut.rest
        assert len(rest) == count - len(finished) and all(f"<li>{name}</li>" in page for name in rest)
        assert all(name in page for name in finished)  # each finished document offered again

        english = client.get(f"/batch/{cut.id}?lang=en").get_data(as_text=True)
        said_en = _error_text(english)
        assert f"{len(finished)} document(s) finished" in said_en and not CJK.search(said_en)
        status = client.get(f"/batch/{cut.id}/status.json").get_json()
        assert status["stage"] == "failed" and not CJK.search(status["error"])  # the session's choice kept

        _, started_en = _client(root, reg, lang="en")  # kesu serve --lang en
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
    with _cut_batch(tmp_path) as (root, reg, cut):
        count = len(cut.names)
        finished = {p.name for p in cut.outbox.glob("*.docx")}
        numbers_before = {d.number for d in reg.documents()}

        app, client = _client(root, reg)  # after a restart
        batches = app.extensions["kesu"]["batches"]
        again = _batch_of(batches, count=count)
        page = client.get(f"/batch/{again.id}").get_data(as_text=True)
        assert 'id="earlier"' in page and 'id="want-reprint"' in page
        assert len(batches.earlier(again)) == len(finished) == len(_promised(client, again))

        assert client.post(f"/batch/{again.id}/file", data=_file_form(client, again)).status_code == 302
        _until(again, ("filed", "failed"))
        assert again.progress.stage == "filed", again.progress
        taken = [f for f in again.filed if f.printed == "unchanged"]
        assert {f.output.name for f in taken} == finished and not any(f.created for f in taken)
        assert {f.printed for f in again.filed if f not in taken} == {"original"}
        assert "先前已完成，未重复打印" in client.get(f"/batch/{again.id}").get_data(as_text=True)
        with zipfile.ZipFile(Batches.zip_of(again)) as whole:
            assert len(whole.namelist()) == count  # the whole batch in one download
        assert sorted(p.name for p in again.outbox.iterdir()) == sorted(whole.namelist())

        documents = reg.documents()
        assert len(documents) == count and len({d.number for d in documents}) == count
        assert numbers_before <= {d.number for d in documents}
        marks = [[p.mark for p in reg.printed(d.number)] for d in documents]
        assert all(m == ["original"] for m in marks), marks  # no 补印, no second original

        # taken once only: the same files submitted a third time are re-prints, as any file again
        third = _batch_of(
            batches, sorted(n for n in again.names if n not in cut.progress.cut.rest), count=count
        )
        assert batches.earlier(third) == {}
        batches.file(third, pdf=False, user="wang")
        _until(third, ("filed", "failed"))
        assert {(f.printed, f.reprint_no) for f in third.filed} == {("reprint", 1)}
        restarted = Batches(root / "work", reg)
        assert not restarted.get(cut.id).progress.cut.finished  # its summary says so too
        restarted.stop(1)
        batches.stop(5)


def test_the_clerk_may_ask_for_the_finished_ones_to_be_printed_again(tmp_path):
    with _cut_batch(tmp_path) as (root, reg, cut):
        finished = sorted(p.name for p in cut.outbox.glob("*.docx"))
        names = cut.names[:2]  # two of the files finished
        assert all(name not in cut.progress.cut.rest for name in names)

        app, client = _client(root, reg)
        batches = app.extensions["kesu"]["batches"]
        again = _batch_of(batches, names, count=len(cut.names))
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
        with reading_held_until_the_stop(batches, batch):
            batches.check(batch)
            _until(batch, ("reading",))  # taken up by the worker: cut, not dropped from the queue
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


def test_a_batch_submitted_again_that_uses_none_of_the_finished_files_leaves_them_to_the_next(tmp_path):
    """The cut batch's finished files are spent only by a batch that took them as they are: one
    that failed on them (its uploads gone) leaves them, without its unused copies, and the
    next batch still takes them unchanged."""
    with _cut_batch(tmp_path) as (root, reg, cut):
        count, finished = len(cut.names), dict(cut.progress.cut.finished)
        done = [name for name in cut.names if name not in cut.progress.cut.rest]
        app, client = _client(root, reg)
        batches = app.extensions["kesu"]["batches"]
        failing = _batch_of(batches, done, count=count)
        form = _file_form(client, failing)
        assert sorted(form["earlier"]) == sorted(done)
        for name in done:  # the uploads lost after the check: each file fails to be read
            (failing.inbox / name).unlink()
        assert client.post(f"/batch/{failing.id}/file", data=form).status_code == 302
        _until(failing, ("filed", "failed"))
        assert failing.filed and not any(f.printed == "unchanged" for f in failing.filed)
        assert batches.get(cut.id).progress.cut.finished == finished  # nothing spent
        assert list(failing.outbox.iterdir()) == []  # the copies it did not use are gone

        again = _batch_of(batches, count=count)
        assert sorted(_promised(client, again)) == sorted(done)
        assert client.post(f"/batch/{again.id}/file", data=_file_form(client, again)).status_code == 302
        _until(again, ("filed", "failed"))
        taken = sorted(f.source.rsplit("/", 1)[1] for f in again.filed if f.printed == "unchanged")
        assert taken == sorted(done)
        assert {f.printed for f in again.filed if f.printed != "unchanged"} == {"original"}
        assert batches.get(cut.id).progress.cut.finished == {}
        batches.stop(5)


def test_a_batch_cut_again_spends_only_what_it_took(tmp_path):
    """Submitted again backwards and cut again: the cut batch's files the second did not reach
    stay the first's, and a third batch takes them unchanged."""
    with _cut_batch(tmp_path) as (root, reg, cut):
        count = len(cut.names)
        done = [name for name in cut.names if name not in cut.progress.cut.rest]
        batches = Batches(root / "work", reg)
        again = _batch_of(batches, count=count, backwards=True)
        assert sorted(batches.earlier(again)) == sorted(done)
        # cut two documents before its end: the last three finished files taken, two not reached
        assert _filed_until_cut(batches, again, rendered=count - 2)
        took = {f.source.rsplit("/", 1)[1] for f in again.filed if f.printed == "unchanged"}
        left = sorted(set(done) - took)
        own = {f.source.rsplit("/", 1)[1] for f in again.filed if f.printed == "original"}
        assert len(took) == 3 and len(left) == 2 and own  # some taken, some not reached

        third = Batches(root / "work", reg)
        last = _batch_of(third, count=count)
        assert sorted(third.earlier(last)) == sorted(set(left) | own)
        assert third.earlier(last).keys() & took == set()  # taken once: not offered from the second
        assert third.file(last, pdf=False, user="wang", promised=set(left) | own)
        _until(last, ("filed", "failed"))
        prints = {f.source.rsplit("/", 1)[1]: (f.printed, f.reprint_no) for f in last.filed}
        assert all(prints[name] == ("unchanged", 0) for name in set(left) | own)
        assert all(prints[name] == ("reprint", 1) for name in took)
        third.stop(5)


def test_a_reprint_finished_in_the_cut_batch_is_not_promised_and_no_copy_is_left(tmp_path):
    """A file printed before the cut batch came out there as 补印1: submitted again it would be
    补印2, so the page does not say it is "not printed again", and the 补印1 is not copied."""
    first = []

    def filed_before(batches: Batches) -> None:
        first.append(_batch_of(batches, ["c000.json"]))
        batches.file(first[0], pdf=False, user="wang")
        _until(first[0], ("filed",))

    with _cut_batch(tmp_path, before=filed_before) as (root, reg, cut):
        count = len(cut.names)
        c000 = [f for f in cut.filed if f.source.endswith("/c000.json")]
        assert [(f.printed, f.reprint_no) for f in c000] == [("reprint", 1)]
        app, client = _client(root, reg)
        batches = app.extensions["kesu"]["batches"]
        again = _batch_of(batches, count=count)
        promised = _promised(client, again)
        assert "c000.json" not in promised
        assert sorted(promised) == sorted(
            n for n in cut.names if n not in cut.progress.cut.rest and n != "c000.json"
        )
        assert client.post(f"/batch/{again.id}/file", data=_file_form(client, again)).status_code == 302
        _until(again, ("filed", "failed"))
        prints = {f.source.rsplit("/", 1)[1]: f.printed for f in again.filed}
        assert all(prints[name] == "unchanged" for name in promised) and prints["c000.json"] == "reprint"
        made = {Path(p).name for f in again.filed for p in (f.output, f.pdf, f.working_copy) if p}
        assert {p.name for p in again.outbox.iterdir()} == made  # no unused 补印1 left
        batches.stop(5)


def test_what_the_page_promised_is_not_filed_once_another_tab_took_it(tmp_path):
    with _cut_batch(tmp_path) as (root, reg, cut):
        count = len(cut.names)
        app, client = _client(root, reg)
        batches = app.extensions["kesu"]["batches"]
        one, other = _batch_of(batches, count=count), _batch_of(batches, count=count)
        form_one, form_other = _file_form(client, one), _file_form(client, other)
        assert form_one["earlier"] and sorted(form_one["earlier"]) == sorted(form_other["earlier"])
        assert client.post(f"/batch/{one.id}/file", data=form_one).status_code == 302
        refused = client.post(f"/batch/{other.id}/file", data=form_other, follow_redirects=True)
        assert "先前已完成的文件有变动" in refused.get_data(as_text=True)
        assert other.progress.stage == "checked"  # nothing filed under a promise that no longer holds
        _until(one, ("filed", "failed"))
        assert _promised(client, other) == []  # and the page says it anew

        for name in {f.name for f in cut.outbox.iterdir()}:  # the cut batch's documents deleted
            (cut.outbox / name).unlink()
        late = _batch_of(batches, count=count)
        assert batches.earlier(late) == {} and _promised(client, late) == []
        batches.stop(5)


def _summary_of(folder: Path, **changes) -> None:
    (folder / "out").mkdir(parents=True)
    (folder / "in").mkdir()
    batch = Batch(folder.name, "wang", folder, ["c.json"])
    batch.progress = Progress("failed", cut=Cutoff(filing=True, rest=["c.json"]))
    write_summary(batch)
    data = json.loads((folder / SUMMARY).read_text(encoding="utf-8"))
    for key, value in changes.items():
        if key.startswith("cut."):
            data["cut"][key[4:]] = value
        else:
            data[key] = value
    (folder / SUMMARY).write_text(json.dumps(data), encoding="utf-8")


DIGEST = "0" * 64
HAND_EDITS = {
    "naive-created": {"created": "2026-12-01T10:00:00"},
    "finished-as-list": {"cut.finished": ["a"]},
    "rest-as-string": {"cut.rest": "c.json"},
    "names-as-string": {"names": "c.json"},
    "up-from-out": {"cut.finished": {DIGEST: ["../summary.json"]}},
    "into-in": {"cut.finished": {DIGEST: ["../in/secret.xlsx"]}},
    "absolute": {"cut.finished": {DIGEST: ["/etc/passwd"]}},
    "filed-elsewhere": {
        "filed": [
            {
                "source": "../x.json",
                "kind": "complaint",
                "outcome": "rendered",
                "number": "1",
                "status": "issued",
                "created": True,
                "printed": "original",
                "reprint_no": 0,
                "revision": 1,
                "output": "../in/a.docx",
            }
        ]
    },
    "not-a-digest": {"cut.finished": {"x": ["complaint-1.docx"]}},
    "too-big": {"names": ["c.json"] * 500_000},  # valid, but past the cap
}


def test_a_hand_edited_summary_is_skipped_with_a_log_line_and_the_server_starts(tmp_path, caplog):
    work = tmp_path / "work"
    for n, changes in enumerate(HAND_EDITS.values()):
        _summary_of(work / "batches" / f"{n:016x}", **changes)
    good = work / "batches" / ("f" * 16)
    _summary_of(good)
    (work / "batches" / ("0" * 16) / "in" / "secret.xlsx").write_bytes(b"another batch's upload")
    with Register.open(tmp_path / "k.db", create=True) as reg:
        app, client = _client(tmp_path, reg)  # kesu serve's app on these summaries
        batches = app.extensions["kesu"]["batches"]
        assert [b.id for b in batches.recent(limit=100)] == [good.name]
        # the server's log speaks its language (kesu serve's default: Chinese)
        skipped = [r for r in caplog.records if "批次摘要未读取" in r.getMessage()]
        assert len(skipped) == len(HAND_EDITS)
        assert client.get("/").status_code in (200, 302)

        new = _batch_of(batches, ["c000.json"])  # nothing is copied in from a bad summary
        batches.file(new, pdf=False, user="wang")
        _until(new, ("filed",))
        assert sorted(
            p.name for p in new.folder.rglob("*") if p.is_file() and p.parent.name == "out"
        ) == sorted(Path(f.output).name for f in new.filed)
        batches.stop(5)
