"""A batch dropped on the page: its files, checked in the background with progress, then filed.

Each batch has its own folder under the work folder (``batches/<id>/in`` for the uploads,
``out`` for the documents). One worker thread runs the batches in turn, so hundreds of files
never hold up the page: it asks for the progress and shows it. A document that cannot be
read or fails is reported and the others go on (the library's own guarantee).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import re
import shutil
import signal
import threading
import traceback
import uuid
import zipfile
from collections import Counter
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_for
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

from pydantic import AfterValidator, AwareDatetime, BaseModel, ConfigDict, NonNegativeInt

from ..entry import Interrupted
from ..filing import Cut, Filed, Outcome, render_paths
from ..parse import ParseResult, check_results, read_paths
from ..problems import Lang, Problem
from .managers import as_user
from .uploads import refusal

if TYPE_CHECKING:
    from ..register import Register


@dataclass
class Cutoff:
    """What a batch cut short by the server's stop had finished, and what to submit again.

    Kept as facts, not as a sentence: the page says it in the language it is read in
    (:meth:`said`), and the batch's folder keeps it (``summary.json``) so that a clerk who comes
    back after the server started again still finds it."""

    filing: bool = False  # cut while filing (else while checking, or refused by a stop)
    done: int = 0  # documents finished: written and logged as printed
    without_pdf: int = 0  # of which the PDF was not made (the DOCX was)
    outbox: str = ""  # the batch's folder of documents, on the server
    rest: list[str] = field(default_factory=list)  # the source files to submit again
    # sha256 of each source file finished (all or part of it) → the file names of its documents:
    # the same file submitted again is recognised (:meth:`Batches.earlier`)
    finished: dict[str, list[str]] = field(default_factory=dict)

    def said(self, lang: Lang) -> str:
        if not self.filing:
            return STOPPED[0 if lang == "zh" else 1]
        zh = f"网页停止时本批未做完：已完成 {self.done} 份（已登记打印；见本页下载或服务器文件夹 {self.outbox}）"
        en = (
            f"The page stopped before this batch was done: {self.done} document(s) finished (logged as "
            f"printed; download them here, or find them on the server in {self.outbox})"
        )
        if self.without_pdf:
            zh += f"，其中 {self.without_pdf} 份未转 PDF（DOCX 已生成）"
            en += f", {self.without_pdf} of them without their PDF (the DOCX is made)"
        if self.rest:
            more = len(self.rest) > SHOWN_REST
            zh += (
                f"；未做完的来源文件 {len(self.rest)} 个（{'、'.join(self.rest[:SHOWN_REST])}{' 等' if more else ''}）："
                "重新提交这些文件即可补齐（已编号的编号不变）；整批重新提交也可以：已完成的文件会被认出，"
                "编号不变，也不会再打印（除非勾选补印）"
            )
            en += (
                f"; {len(self.rest)} source file(s) not finished ({', '.join(self.rest[:SHOWN_REST])}"
                f"{'…' if more else ''}): submit them again to finish the batch (what was numbered "
                "keeps its number); submitting the whole batch again is fine too: the files finished "
                "are recognised, keep their numbers and are not printed again (unless re-print is ticked)"
            )
        return zh if lang == "zh" else en


SHOWN_REST = 5
"""The files to submit again a cut batch's message names (the page lists them all)."""


@dataclass
class Progress:
    stage: str = "queued"  # queued | reading | checking | checked | filing | filed | failed
    done: int = 0
    total: int = 0
    error: str = ""  # what failed (an exception's own words), when the stage is failed
    step: str = ""  # while filing: parse | number | render | pdf
    cut: Cutoff | None = None  # cut short by the server's stop

    def said(self, lang: Lang) -> str:
        """What went wrong, in the page's language."""
        return self.cut.said(lang) if self.cut is not None else self.error


@dataclass
class Batch:
    id: str
    owner: str
    folder: Path
    names: list[str]  # the uploaded files, in the order dropped
    created: dt.datetime = field(default_factory=lambda: dt.datetime.now().astimezone())
    progress: Progress = field(default_factory=Progress)
    results: list[ParseResult] = field(default_factory=list)
    filed: list[Filed] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _hashes: dict[str, str] | None = field(default=None, repr=False)

    @property
    def inbox(self) -> Path:
        return self.folder / "in"

    @property
    def outbox(self) -> Path:
        return self.folder / "out"

    def shown(self, source: str) -> str:
        """A source as the clerk dropped it: ``complaint.xlsx`` (``#2`` for a JSON list's third)."""
        try:
            return str(Path(source).relative_to(self.inbox))
        except ValueError:
            prefix = str(self.inbox) + "/"
            return source[len(prefix) :] if source.startswith(prefix) else source

    @property
    def valid(self) -> list[ParseResult]:
        return [r for r in self.results if r.valid]

    def snapshot(self) -> tuple[Progress, list[ParseResult], list[Filed]]:
        """The stage with the results and documents of that stage, taken together: a page drawn
        while the worker finishes must never show "checked" over an empty list (it would not
        poll again, and the clerk would see no document)."""
        with self.lock:
            return replace(self.progress), list(self.results), list(self.filed)

    def status(self, lang: Lang = "zh") -> dict[str, Any]:
        p = self.progress
        return {"stage": p.stage, "step": p.step, "done": p.done, "total": p.total, "error": p.said(lang)}

    def source_hashes(self) -> dict[str, str]:
        """Each uploaded file's sha256 (name → digest), worked out once: a file submitted again
        is known by its bytes, whatever it is called."""
        if self._hashes is None:
            found = {}
            for name in self.names:
                try:
                    found[name] = _sha256(self.inbox / name)
                except OSError:
                    continue
            self._hashes = found
        return self._hashes


STOPPED = (
    "网页停止时本批未做完：尚未编号任何文件，请整批重新提交",
    "the page stopped before this batch was done: nothing was numbered yet; submit the whole batch again",
)
"""What a batch cut short by the server's stop before it was filed says (filing's own rule: whole
files, or none)."""


CUT_AT_STOP = (
    "网页停止时有一批未做完：做完的文件已登记打印，留在该批的文件夹 out 中，该批的网页上列出做完的与未做完的文件"
    "（重启后仍可查看）；重新提交未做完的文件即可补齐（编号不变），整批重新提交也不会重复编号或打印",
    "the page stopped before a batch was done: the documents finished are logged as printed and kept "
    "in the batch's out folder, and the batch's page lists what finished and what did not (after a "
    "restart too); submit the files not finished again to finish it (the numbers stay the same): "
    "the whole batch submitted again is neither numbered nor printed twice",
)
"""What the server says as it stops with a batch cut short (each batch's page says more)."""


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def stopped_part(batch: Batch, filed: list[Filed], *, pdf: bool) -> Cutoff:
    """What a batch cut while filing had done: where its finished documents are, the files to
    submit again, and the finished files by their bytes (to know them when submitted again).

    Every document written is logged as printed (handed out): filed in another batch, it would
    come as a re-print (补印); :meth:`Batches.earlier` lets a whole batch submitted again find
    them instead."""
    done = [item for item in filed if item.ok and item.output is not None]
    finished = Counter(item.source.split("#", 1)[0] for item in done)
    wanted = Counter(result.source.split("#", 1)[0] for result in batch.valid)
    rest = [
        name for name in batch.names if finished[str(batch.inbox / name)] < wanted[str(batch.inbox / name)]
    ]
    hashes = batch.source_hashes()
    documents: dict[str, list[str]] = {}
    for item in done:
        name = batch.shown(item.source.split("#", 1)[0])
        if name in hashes and item.printed in AS_THEY_ARE:  # its own prints: one taken is not offered twice
            made = [Path(p).name for p in (item.output, item.pdf, item.working_copy) if p is not None]
            documents.setdefault(hashes[name], []).extend(made)
    return Cutoff(
        filing=True,
        done=len(done),
        without_pdf=sum(1 for item in done if item.pdf is None) if pdf else 0,
        outbox=str(batch.outbox),
        rest=rest,
        finished={digest: sorted(set(names)) for digest, names in documents.items()},
    )


AS_THEY_ARE = ("original", "void")
"""The documents of a cut batch filing takes as they are when their file is submitted again: the
prints it made under the print's own name. A re-print (补印1) is named for its count, and would
come as 补印2; a document it took as it was from another cut batch is not handed out a third time."""


SUMMARY = "summary.json"
"""A cut batch's summary, in its own folder: what finished and what to submit again."""
KEEP_CUT = 50
"""Cut batches whose summary is kept (the newest): a page for each after a restart."""
KEEP_DAYS = 30
"""Days a cut batch's summary is kept (its documents stay in its folder: only the page goes)."""


SUMMARY_MAX = 4 << 20
"""The largest summary read (bytes): a thousand files' facts take a few hundred kB."""

log = logging.getLogger(__name__)


def write_summary(batch: Batch) -> None:
    """The cut batch's page as facts in its folder (written whole: a temporary file renamed)."""
    progress, _, filed = batch.snapshot()
    data = {
        "id": batch.id,
        "owner": batch.owner,
        "created": batch.created.isoformat(),
        "names": batch.names,
        "cut": asdict(progress.cut) if progress.cut is not None else None,
        "filed": [filed_facts(batch, item) for item in filed],
    }
    target = batch.folder / SUMMARY
    part = batch.folder / f".{SUMMARY}.part"
    part.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    part.replace(target)


def filed_facts(batch: Batch, item: Filed) -> dict[str, Any]:
    """A filed document as facts, the one place for them: a summary keeps them, the page shows
    them (with its own words added)."""
    return {
        "source": batch.shown(item.source),
        "kind": item.kind,
        "outcome": item.outcome,
        "number": item.number,
        "status": item.status,
        "created": item.created,
        "printed": item.printed,
        "reprint_no": item.reprint_no,
        "revision": item.revision,
        **{
            key: Path(path).name if path is not None else None
            for key, path in (("output", item.output), ("pdf", item.pdf), ("working_copy", item.working_copy))
        },
    }


def _file_name(name: str) -> str:
    """A name a summary gives is a file's name in the batch's folder, nothing else: a hand-edited
    ``../summary.json`` or ``/etc/passwd`` would copy or offer files of other batches."""
    if not name or name in (".", "..") or "/" in name or "\\" in name or "\0" in name:
        raise ValueError(f"not a file name: {name!r}")
    return name


def _source_name(name: str) -> str:
    """A source as shown: a file's name, ``#2`` for a JSON list's third record."""
    _file_name(name.split("#", 1)[0])
    return name


def _digest(text: str) -> str:
    if not re.fullmatch(r"[0-9a-f]{64}", text):
        raise ValueError(f"not a sha256: {text!r}")
    return text


FileName = Annotated[str, AfterValidator(_file_name)]
SourceName = Annotated[str, AfterValidator(_source_name)]


class _CutFacts(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)
    filing: bool = False
    done: NonNegativeInt = 0
    without_pdf: NonNegativeInt = 0
    outbox: str = ""
    rest: list[FileName] = []
    finished: dict[Annotated[str, AfterValidator(_digest)], list[FileName]] = {}


class _FiledFacts(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)
    source: SourceName
    kind: str | None
    outcome: Outcome
    number: str | None
    status: str
    created: bool
    printed: str
    reprint_no: NonNegativeInt
    revision: int
    output: FileName | None = None
    pdf: FileName | None = None
    working_copy: FileName | None = None


class _Summary(BaseModel):
    """A summary as it must be: read from a folder anyone with access to the server may edit."""

    model_config = ConfigDict(extra="forbid")
    id: str
    owner: str
    created: AwareDatetime
    names: list[FileName]
    cut: _CutFacts | None
    filed: list[_FiledFacts]


def _in(folder: Path, name: str | None) -> Path | None:
    """A document named in a summary (a file name, checked on reading), in the batch's folder."""
    return folder / name if name else None


def read_summary(folder: Path) -> Batch:
    """A cut batch as its summary keeps it (its documents in its folder); ValueError for a
    summary too big, not JSON, or not as written (a hand edit): every field is checked."""
    path = folder / SUMMARY
    if path.stat().st_size > SUMMARY_MAX:
        raise ValueError(f"{path}: larger than {SUMMARY_MAX} bytes")
    data = _Summary.model_validate_json(path.read_bytes())
    batch = Batch(
        folder.name, data.owner, folder, list(data.names), created=data.created
    )  # the folder names it
    cut = Cutoff(**data.cut.model_dump()) if data.cut is not None else Cutoff()
    batch.progress = Progress("failed", cut=cut)
    batch.filed = [
        Filed(
            str(batch.inbox / f.source),
            f.kind,
            f.outcome,
            number=f.number,
            status=f.status,
            created=f.created,
            printed=f.printed,
            reprint_no=f.reprint_no,
            revision=f.revision,
            output=_in(batch.outbox, f.output),
            pdf=_in(batch.outbox, f.pdf),
            working_copy=_in(batch.outbox, f.working_copy),
        )
        for f in data.filed
    ]
    return batch


class Batches:
    """The batches of this server run, and the one worker that reads and files them."""

    def __init__(self, work: Path, register: Register) -> None:
        self.work = work
        self.register = register
        self._batches: dict[str, Batch] = {}
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kesu-batch")
        self._queued: list[Future] = []
        self._stopping = threading.Event()  # no new work is taken
        self._cut = threading.Event()  # the batch under way stops at its next whole file
        # the cut batches' finished files a batch queued to file has claimed: (cut batch id,
        # digest) → the claiming batch's id; no other batch is promised them meanwhile
        self._claims: dict[tuple[str, str], str] = {}
        self._claiming = threading.Lock()
        self._restore()

    def _restore(self) -> None:
        """The cut batches of earlier runs, from their summaries: the newest :data:`KEEP_CUT`
        of the last :data:`KEEP_DAYS` days; an older summary is removed (the documents stay)."""
        found = []
        for path in (self.work / "batches").glob(f"*/{SUMMARY}"):
            try:
                found.append(read_summary(path.parent))
            except (
                OSError,
                ValueError,
            ) as exc:  # a damaged summary: no page, nothing else; the server starts
                log.warning("kesu serve: summary skipped (%s): %s", path, exc)
                continue
        oldest = dt.datetime.now().astimezone() - dt.timedelta(days=KEEP_DAYS)
        found.sort(key=lambda b: b.created, reverse=True)
        for n, batch in enumerate(found):
            if n < KEEP_CUT and batch.created >= oldest:
                self._batches[batch.id] = batch
            else:
                (batch.folder / SUMMARY).unlink(missing_ok=True)

    def earlier(self, batch: Batch) -> dict[str, tuple[Batch, list[str]]]:
        """The files of ``batch`` finished already in a batch of the same clerk cut short by a
        stop (the same bytes) that filing will take as they are: name → (that batch, its
        documents' file names). Only what can be kept: every document still in that batch's
        folder, and not claimed by another batch queued to file (another tab)."""
        known: dict[str, tuple[Batch, list[str]]] = {}
        for other in list(self._batches.values()):  # a request may add one meanwhile
            cut = other.progress.cut
            if other is batch or other.owner != batch.owner or cut is None or not cut.finished:
                continue
            for digest, made in cut.finished.items():
                claimed = self._claims.get((other.id, digest), batch.id)
                if claimed == batch.id and _as_they_are(other, made):
                    known.setdefault(digest, (other, made))
        hashes = batch.source_hashes() if known else {}
        return {name: known[digest] for name, digest in hashes.items() if digest in known}

    def new(self, owner: str) -> Batch:
        batch_id = uuid.uuid4().hex[:16]
        folder = self.work / "batches" / batch_id
        (folder / "in").mkdir(parents=True)
        (folder / "out").mkdir()
        batch = Batch(batch_id, owner, folder, [])
        self._batches[batch_id] = batch
        return batch

    def get(self, batch_id: str) -> Batch | None:
        return self._batches.get(batch_id)

    def recent(self, owner: str | None = None, limit: int = 20) -> list[Batch]:
        chosen = [b for b in self._batches.values() if owner is None or b.owner == owner]
        return sorted(chosen, key=lambda b: b.created, reverse=True)[:limit]

    def check(self, batch: Batch) -> None:
        self._submit(batch, self._check)

    def file(
        self, batch: Batch, *, pdf: bool, user: str, reprint: bool = False, promised: set[str] | None = None
    ) -> bool:
        """Number and render the batch's valid documents; those finished already in a cut
        batch (:meth:`earlier`) are taken as they are — same number, no second print — unless
        ``reprint``: then they come as re-prints (补印).

        ``promised``: the files the page said would be taken as they are; when that no longer
        holds (another tab filed them meanwhile, their documents were removed) nothing is
        queued and False is returned, so that the page says it anew before anything is filed."""
        with self._claiming:
            earlier = {} if reprint else self.earlier(batch)
            if promised is not None and not reprint and set(earlier) != promised:
                return False
            taken = self._claim(batch, earlier)
        batch.progress = Progress("filing", 0, len(batch.valid))
        self._submit(batch, lambda b: self._file(b, taken, pdf=pdf, user=user))
        return True

    def _claim(
        self, batch: Batch, earlier: dict[str, tuple[Batch, list[str]]]
    ) -> dict[str, tuple[Batch, str]]:
        """The cut batches' finished files ``batch`` will take, claimed for it (name → (cut
        batch, digest)): no other batch is promised them until it is done."""
        hashes = batch.source_hashes()
        taken = {}
        for name, (other, _) in earlier.items():
            self._claims[(other.id, hashes[name])] = batch.id
            taken[name] = (other, hashes[name])
        return taken

    def _submit(self, batch: Batch, work) -> None:
        if self._stopping.is_set():  # a request that came in as the server stopped
            batch.progress = Progress("failed", cut=Cutoff(rest=list(batch.names)))
            _keep(batch)
            return
        self._queued = [f for f in self._queued if not f.done()]
        self._queued.append(self._pool.submit(self._guarded, batch, work))

    def stop(self, grace: float) -> bool:
        """Take no new work, drop what waits, give the batch under way ``grace`` seconds to end,
        then have it stop at its next whole file; True when nothing was cut short.

        A stop waits for every batch (a thousand forms with PDFs take minutes) no more than
        a service manager waits before it kills (systemd: 90 s); a batch cut here leaves
        what a Ctrl-C of ``kesu render`` leaves — whole documents, numbers committed with
        their documents' rows, nothing half written — and no process to kill it mid-file."""
        self._stopping.set()
        self._pool.shutdown(wait=False, cancel_futures=True)
        running = [f for f in self._queued if not f.cancelled()]
        finished = not wait_for(running, timeout=max(grace, 0.0)).not_done
        if not finished:
            self._cut.set()
        self._pool.shutdown(wait=True)
        return finished

    def _go_on(self) -> None:
        """Where a batch may stop whole: between two files."""
        if self._cut.is_set():
            raise Interrupted(signal.SIGTERM)

    # ------------------------------------------------------------------ the work
    @staticmethod
    def _guarded(batch: Batch, work) -> None:
        try:
            work(batch)
        except Interrupted:  # the server stops: the batch says so (the page may be reloaded)
            with batch.lock:
                batch.progress = replace(batch.progress, stage="failed", cut=Cutoff(rest=list(batch.names)))
            _keep(batch)
        except Exception as exc:  # the batch says what went wrong; the server goes on
            batch.progress.stage = "failed"
            batch.progress.error = f"{type(exc).__name__}: {exc}"
            traceback.print_exc()

    def _check(self, batch: Batch) -> None:
        files = [batch.inbox / name for name in batch.names]
        batch.progress = Progress("reading", 0, len(files))
        results: list[ParseResult] = []
        for n, path in enumerate(files, 1):
            self._go_on()
            refused = refusal(path)
            if refused is not None:
                results.append(ParseResult(str(path), None, None, [refused], fatal=True))
            else:
                results += read_paths([path])
            batch.progress.done = n
        self._go_on()
        batch.progress = Progress("checking", 0, len(results))
        # follow-up documents are checked against the register and this batch's complaints
        checked = check_results(results, register=self.register)
        with batch.lock:
            batch.results = checked
            batch.progress = Progress("checked", len(results), len(results))

    def _file(self, batch: Batch, taken: dict[str, tuple[Batch, str]], *, pdf: bool, user: str) -> None:
        copied: set[str] = set()
        try:  # a copy that fails (a full disk) fails the batch, and its claims are let go
            self._take_finished(batch, taken, copied)
            self._render(batch, pdf=pdf, user=user)
        finally:  # taken once: the same files submitted a third time are re-prints again
            self._spent(batch, taken, copied)

    def _render(self, batch: Batch, *, pdf: bool, user: str) -> None:
        sources = []
        for result in batch.valid:
            path = result.source.split("#", 1)[0]
            if path not in sources:
                sources.append(path)

        def report(stage: str, done: int, total: int) -> None:
            batch.progress.stage = "filing"
            batch.progress.done, batch.progress.total = done, total
            batch.progress.step = stage

        register = as_user(self.register, user)
        try:  # the server's stop is asked where the batch may end whole (every file written logged)
            filed = render_paths(
                sources, batch.outbox, register=register, pdf=pdf, progress=report, stop=self._cut.is_set
            )
        except Cut as cut:
            self._issued(cut.filed, register, user)
            summary = stopped_part(batch, cut.filed, pdf=pdf)
            with batch.lock:
                batch.filed = cut.filed
                batch.progress = replace(batch.progress, stage="failed", cut=summary)
            _keep(batch)
            return
        self._issued(filed, register, user)
        with batch.lock:
            batch.filed = filed
            batch.progress = Progress("filed", len(filed), len(filed))

    @staticmethod
    def _take_finished(batch: Batch, taken: dict[str, tuple[Batch, str]], copied: set[str]) -> None:
        """The documents a cut batch finished, for the same files submitted again, put in this
        batch's folder: filing finds each one's identical file there and takes it as it is
        (its number, its print already logged) — filing's own rule for a rerun after a crash.
        A document that would come out otherwise (the register changed it since) is not identical,
        and is filed as any other. ``copied``: the names of the files copied, as they are."""
        for other, digest in taken.values():
            for file_name in other.progress.cut.finished.get(digest, []) if other.progress.cut else []:
                found, target = other.outbox / file_name, batch.outbox / file_name
                if found.is_file() and not target.exists():
                    shutil.copy2(found, target)
                    copied.add(file_name)

    def _spent(self, batch: Batch, taken: dict[str, tuple[Batch, str]], copied: set[str]) -> None:
        """The cut batches' documents this batch took as they are (filed ``unchanged``) are theirs
        no more: handed out once more without a print logged, never twice (their summaries say so
        too). The others stay theirs (this batch was cut before them, or failed); their copies
        here, unused, are removed, and every claim of this batch is let go."""
        with batch.lock:
            filed = list(batch.filed)
        used = {
            Path(path).name
            for item in filed
            if item.ok and item.printed == "unchanged"
            for path in (item.output, item.pdf, item.working_copy)
            if path is not None
        }
        kept = {
            Path(path).name
            for item in filed
            if item.ok
            for path in (item.output, item.pdf, item.working_copy)
            if path
        }
        for name in copied - kept:
            (batch.outbox / name).unlink(missing_ok=True)
        changed: dict[str, Batch] = {}
        with self._claiming:
            for other, digest in taken.values():
                self._claims.pop((other.id, digest), None)
                cut = other.progress.cut
                if cut is None or digest not in cut.finished or not used & set(cut.finished[digest]):
                    continue
                left = [name for name in cut.finished[digest] if name not in used]
                finished = {d: m for d, m in cut.finished.items() if d != digest}
                if left:
                    finished[digest] = left
                with other.lock:
                    other.progress = replace(other.progress, cut=replace(cut, finished=finished))
                changed[other.id] = other
        for other in changed.values():
            _keep(other)

    @staticmethod
    def _issued(filed: list[Filed], register: Register, user: str) -> None:
        """The register's note of who issued each new number (a register of its own records it)."""
        for item in filed:
            if (
                item.ok and item.number and item.created and not hasattr(register, "actor")
            ):  # else the register records who
                try:
                    register.log(item.number, "web", f"issued · {user}", kind=item.kind)
                except Exception:  # the log line is a note; the document stands without it
                    traceback.print_exc()

    @staticmethod
    def zip_of(batch: Batch) -> Path:
        """Every document of the batch (DOCX, PDF, numbered working copy) in one zip, made anew each time."""
        target = batch.folder / "documents.zip"
        tmp = batch.folder / ".documents.zip.part"
        written: set[str] = set()
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as archive:
            for item in batch.filed:
                for path in (item.output, item.pdf, getattr(item, "working_copy", None)):
                    # two sources of one document (its Excel and JSON copy) share one file
                    if (
                        item.ok
                        and path is not None
                        and Path(path).is_file()
                        and Path(path).name not in written
                    ):
                        archive.write(path, Path(path).name)
                        written.add(Path(path).name)
        tmp.replace(target)
        return target


def _as_they_are(cut: Batch, made: list[str]) -> bool:
    """Whether filing takes these documents of a cut batch as they are: every one still in its
    folder, none of them a re-print."""
    prints = {
        Path(item.output).name: item.printed for item in cut.filed if item.ok and item.output is not None
    }
    return bool(made) and all(
        (cut.outbox / name).is_file() and prints.get(name, "original") in AS_THEY_ARE for name in made
    )


def _keep(batch: Batch) -> None:
    """The cut batch's summary written; a server stopping goes on if it cannot be."""
    try:
        write_summary(batch)
    except OSError:
        traceback.print_exc()


def problem_rows(result: ParseResult) -> list[Problem]:
    return result.errors + result.warnings
