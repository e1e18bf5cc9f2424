"""A batch dropped on the page: its files, checked in the background with progress, then filed.

Each batch has its own folder under the work folder (``batches/<id>/in`` for the uploads,
``out`` for the documents). One worker thread runs the batches in turn, so hundreds of files
never hold up the page: it asks for the progress and shows it. A document that cannot be
read or fails is reported and the others go on (the library's own guarantee).
"""

from __future__ import annotations

import datetime as dt
import signal
import threading
import traceback
import uuid
import zipfile
from collections import Counter
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_for
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..entry import Interrupted
from ..filing import Cut, Filed, render_paths
from ..parse import ParseResult, check_results, read_paths
from ..problems import Problem
from .managers import as_user
from .uploads import refusal

if TYPE_CHECKING:
    from ..register import Register


@dataclass
class Progress:
    stage: str = "queued"  # queued | reading | checking | checked | filing | filed | failed
    done: int = 0
    total: int = 0
    error: str = ""
    step: str = ""  # while filing: parse | number | render | pdf


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

    def status(self) -> dict[str, Any]:
        p = self.progress
        return {"stage": p.stage, "step": p.step, "done": p.done, "total": p.total, "error": p.error}


STOPPED = (
    "网页停止时本批未做完：做完的文件已登记打印，留在该批的文件夹 out 中；已编号的文件在登记簿中保留编号，"
    "重新提交未做完的文件即可补齐（编号不变）",
    "the page stopped before this batch was done: the documents finished are logged as printed and "
    "kept in the batch's out folder; what was numbered keeps its number in the register; submit "
    "the files not finished again to finish it (the numbers stay the same)",
)
"""What a batch cut short by the server's stop says (filing's own rule: whole files, or none)."""


def stopped_part(batch: Batch, filed: list[Filed], *, pdf: bool) -> str:
    """What a batch cut while filing says: where its finished documents are, and how to get the rest.

    Every document written is logged as printed (handed out): filed again, it would come as a
    re-print (补印), so the clerk is told to submit again only the files not finished."""
    done = [item for item in filed if item.ok and item.output is not None]
    finished = Counter(item.source.split("#", 1)[0] for item in done)
    wanted = Counter(result.source.split("#", 1)[0] for result in batch.valid)
    rest = [
        name for name in batch.names if finished[str(batch.inbox / name)] < wanted[str(batch.inbox / name)]
    ]
    without_pdf = sum(1 for item in done if item.pdf is None) if pdf else 0
    text = (
        f"网页停止时本批未做完：已完成 {len(done)} 份（已登记打印；见本页下载或服务器文件夹 {batch.outbox}）"
    )
    if without_pdf:
        text += f"，其中 {without_pdf} 份未转 PDF（DOCX 已生成）"
    if rest:
        shown = "、".join(rest[:5]) + (" 等" if len(rest) > 5 else "")
        text += (
            f"；未做完的来源文件 {len(rest)} 个（{shown}）：只需重新提交这些文件即可补齐（已编号的编号不变），"
            "已完成的文件再提交会生成补印件"
        )
    return text


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

    def file(self, batch: Batch, *, pdf: bool, user: str) -> None:
        batch.progress = Progress("filing", 0, len(batch.valid))
        self._submit(batch, lambda b: self._file(b, pdf=pdf, user=user))

    def _submit(self, batch: Batch, work) -> None:
        if self._stopping.is_set():  # a request that came in as the server stopped
            batch.progress = Progress("failed", error=STOPPED[0])
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
                batch.progress = replace(batch.progress, stage="failed", error=STOPPED[0])
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

    def _file(self, batch: Batch, *, pdf: bool, user: str) -> None:
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
            with batch.lock:
                batch.filed = cut.filed
                batch.progress = replace(
                    batch.progress, stage="failed", error=stopped_part(batch, cut.filed, pdf=pdf)
                )
            return
        self._issued(filed, register, user)
        with batch.lock:
            batch.filed = filed
            batch.progress = Progress("filed", len(filed), len(filed))

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


def problem_rows(result: ParseResult) -> list[Problem]:
    return result.errors + result.warnings
