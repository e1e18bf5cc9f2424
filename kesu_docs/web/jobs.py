"""A batch dropped on the page: its files, checked in the background with progress, then filed.

Each batch has its own folder under the work folder (``batches/<id>/in`` for the uploads,
``out`` for the documents). One worker thread runs the batches in turn, so hundreds of files
never hold up the page: it asks for the progress and shows it. A document that cannot be
read or fails is reported and the others go on (the library's own guarantee).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import logging
import os
import re
import shutil
import signal
import stat
import tempfile
import threading
import time
import uuid
import zipfile
from collections import Counter
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_for
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import AfterValidator, AwareDatetime, BaseModel, ConfigDict, NonNegativeInt

from ..config import held_settings
from ..entry import Interrupted
from ..filing import Cut, Filed, Outcome, finished_before, render_paths
from ..lazy_re import lazy_re
from ..parse import ParseResult, check_batch, read_paths
from ..problems import Bilingual, Lang, Problem
from ..same_numbers import files_named
from .managers import as_user
from .uploads import refusal

if TYPE_CHECKING:
    from ..register import Register

# this module's codes in the message catalogue (problems.py reads them on first look-up): what a
# batch the server died in says, one sentence builder each (:func:`said`)
MESSAGES: dict[str, tuple[str, str]] = {
    "batch_stopped": (
        "网页停止时本批未做完：已完成 {done} 份（已登记打印；见本页下载或服务器文件夹 {outbox}）{without_pdf}{rest}",
        "The page stopped before this batch was done: {done} document(s) finished (logged as printed; "
        "download them here, or find them on the server in {outbox}){without_pdf}{rest}",
    ),
    "batch_stopped_without_pdf": (
        "，其中 {count} 份未转 PDF（DOCX 已生成）",
        ", {count} of them without their PDF (the DOCX is made)",
    ),
    "batch_stopped_rest": (
        "；未做完的来源文件 {count} 个（{files}）：重新提交这些文件即可补齐（已编号的编号不变）；"
        "整批重新提交也可以：已完成的文件会被认出，编号不变，也不会再打印（除非勾选补印）",
        "; {count} source file(s) not finished ({files}): submit them again to finish the batch (what "
        "was numbered keeps its number); submitting the whole batch again is fine too: the files "
        "finished are recognised, keep their numbers and are not printed again (unless re-print is ticked)",
    ),
    "batch_died_filing": (
        "服务器在本批编号与生成时意外停止（未经正常停止）：已完成的文件（如有）已编号并登记打印，"
        "留在服务器文件夹 {outbox}；整批重新提交即可补齐：已编号的文件编号不变，会作为补印再生成",
        "The server ended without a stop while this batch was being numbered and rendered: the "
        "documents it finished (if any) are numbered, logged as printed and kept on the server in "
        "{outbox}; submit the whole batch again to finish it: what was numbered keeps its number and "
        "comes as a re-print",
    ),
    "batch_died_known": (
        "服务器在本批编号与生成时意外停止（未经正常停止）。登记簿记载：",
        "The server ended without a stop while this batch was being numbered and rendered. The register says: ",
    ),
    "batch_died_made": (
        "{count} 个来源文件已编号并生成（已登记打印，文件留在服务器文件夹 {outbox}）：{files}",
        "{count} source file(s) filed — numbered, their documents written and logged as printed, "
        "kept on the server in {outbox}: {files}",
    ),
    "batch_died_none_made": ("本批没有文件已生成", "no document of this batch was written"),
    "batch_died_parts": (
        "；{count} 份表单已编号并生成，但其来源文件尚有表单未生成：{files}",
        "; {count} form(s) filed whose source file has forms not filed: {files}",
    ),
    "batch_died_numbered_only": (
        "；{count} 个已编号但文件未生成：{files}",
        "; {count} numbered, their documents not written: {files}",
    ),
    "batch_died_rest": (
        "；{count} 个来源文件未生成或未全部生成：{files}",
        "; {count} source file(s) without their documents, or not all of them: {files}",
    ),
    "batch_died_submit": (
        "。重新提交未生成的文件即可补齐（已编号的沿用原编号）{whole}。",
        ". Submit the files without their documents again to finish the batch (what was numbered "
        "keeps its number){whole}.",
    ),
    "batch_died_whole_again": (
        "；整批重新提交也可以：已生成的文件编号不变，会作为补印（补印次数登记）再生成",
        "; submitting the whole batch again is fine too: the files filed keep their numbers and "
        "come as re-prints (counted)",
    ),
    "batch_died_log_uploading": (
        "kesu serve：批次 {batch}（{owner}）在上次服务器意外停止时尚在上传中，列为未做完（上传的文件留在 {inbox}）",
        "kesu serve: batch {batch} ({owner}) was being uploaded when the server last ended without a "
        "stop: listed as cut short (its uploads stay in {inbox})",
    ),
    "batch_died_log_filing": (
        "kesu serve：批次 {batch}（{owner}）在上次服务器意外停止时尚在编号与生成中，列为未做完（上传的文件留在 {inbox}）",
        "kesu serve: batch {batch} ({owner}) was being filed when the server last ended without a "
        "stop: listed as cut short (its uploads stay in {inbox})",
    ),
    "batch_died_log_checking": (
        "kesu serve：批次 {batch}（{owner}）在上次服务器意外停止时尚在检查中，列为未做完（上传的文件留在 {inbox}）",
        "kesu serve: batch {batch} ({owner}) was being checked when the server last ended without a "
        "stop: listed as cut short (its uploads stay in {inbox})",
    ),
}


def said(code: str, lang: Lang, **params: Any) -> str:
    """One of this module's messages (:data:`MESSAGES`) in ``lang``, as every message is said."""
    return Problem(code, params=params).message(lang)


def as_is(text: Any) -> Bilingual:
    """A text (a path, a clerk's name) said as it is in either language: never cut short (a
    message cuts a value quoted back at 200 characters); the page and the log escape it."""
    return Bilingual(str(text), str(text))


def _files(names: list[str], numbered: dict[str, list[str]] | None = None) -> Any:
    """The first files (or forms) named, each with its numbers (when it has any): a list the
    message lists in its language (、 or , ), ``等`` / ``…`` after it when there are more."""
    return files_named([_with_numbers(name, (numbered or {}).get(name, [])) for name in names])


def _with_numbers(name: str, numbers: list[str]) -> Bilingual:
    """A file (or form) named in a message, with its numbers when it has any: ``a.json（202609001）``."""
    if not numbers:
        return as_is(name)
    return Bilingual(f"{name}（{'、'.join(numbers)}）", f"{name} ({', '.join(numbers)})")


def both(code: str, **params: Any) -> Bilingual:
    """A message said in both languages: a part of another, which takes its own."""
    return Bilingual(said(code, "zh", **params), said(code, "en", **params))


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
    # sha256 → the id of the batch queued to file that claimed those documents: no other batch is
    # promised them meanwhile; kept in the summary, so that a restart settles a claim whose batch
    # died with the server (:meth:`Batches._settle`) — neither lost nor handed out twice
    claims: dict[str, str] = field(default_factory=dict)
    # the server died while it filed (no stop: :data:`UNDER_WAY` alone): what finished is not known
    died: bool = False
    # the server died while the batch's files were being uploaded (before its check was asked
    # for): ``rest`` holds the files that arrived, the last perhaps in part
    uploading: bool = False
    # a batch that died while it filed, as the register tells it after the restart
    # (:meth:`Batches._asked_register`): ``known`` once asked; each source file (as shown) →
    # its documents' numbers, and → the files of them written and logged as printed
    known: bool = False
    numbered: dict[str, list[str]] = field(default_factory=dict)
    made: dict[str, list[str]] = field(default_factory=dict)
    # the forms (``a.json#1``) the register has filed of a file it has not filed whole (a JSON
    # file of several forms, cut between two) → their documents' files
    parts: dict[str, list[str]] = field(default_factory=dict)
    # the forms filing was to file of each source file (as the head said when filing began):
    # a file is filed whole when the register has that many of it
    forms: dict[str, int] = field(default_factory=dict)

    def said(self, lang: Lang) -> str:
        if self.uploading:
            return UPLOAD_CUT[0 if lang == "zh" else 1]
        if not self.filing:
            return STOPPED[0 if lang == "zh" else 1]
        if self.died and self.known:
            return self._died_as_known(lang)
        if self.died:
            return said("batch_died_filing", lang, outbox=as_is(self.outbox))
        without_pdf = both("batch_stopped_without_pdf", count=self.without_pdf) if self.without_pdf else ""
        rest = both("batch_stopped_rest", count=len(self.rest), files=_files(self.rest)) if self.rest else ""
        return said(
            "batch_stopped",
            lang,
            done=self.done,
            outbox=as_is(self.outbox),
            without_pdf=without_pdf,
            rest=rest,
        )

    def _died_as_known(self, lang: Lang) -> str:
        """A batch that died while it filed, as the register tells it: which files are filed
        (numbered, their documents written and logged as printed), which forms of a file not
        filed whole, which not."""
        made = sorted(self.made)
        parts = sorted(self.parts)
        numbered_only = sorted(set(self.numbered) - set(self.made) - set(self.parts))

        def files(names: list[str]) -> Any:
            return _files(names, self.numbered)

        text = said("batch_died_known", lang)
        if made:
            text += said(
                "batch_died_made", lang, count=len(made), outbox=as_is(self.outbox), files=files(made)
            )
        else:
            text += said("batch_died_none_made", lang)
        if parts:
            text += said("batch_died_parts", lang, count=len(parts), files=files(parts))
        if numbered_only:
            text += said(
                "batch_died_numbered_only", lang, count=len(numbered_only), files=files(numbered_only)
            )
        if self.rest:
            text += said("batch_died_rest", lang, count=len(self.rest), files=files(self.rest))
        whole = both("batch_died_whole_again") if made or parts else ""
        return text + said("batch_died_submit", lang, whole=whole)


@dataclass
class KeptFinding:
    """A document's verdict and findings as its batch was last checked, read back from disk."""

    source: str  # as the clerk dropped it (``a.json#2``)
    kind: str | None
    verdict: str  # valid | invalid | unreadable
    problems: list[Problem]


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
    used: float = field(default_factory=time.monotonic, repr=False)  # last asked for (eviction)
    progress: Progress = field(default_factory=Progress)
    results: list[ParseResult] = field(default_factory=list)
    filed: list[Filed] = field(default_factory=list)
    # the findings as last checked, read back from disk (:data:`FINDINGS`): shown while the batch
    # has no results of its own (checked again after a restart, or filed)
    kept: list[KeptFinding] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _hashes: dict[str, str] | None = field(default=None, repr=False)
    # asked to stop (the clerk's stop button, the server's stop): its reading and its filing
    # ask this one question where they may end whole (:meth:`Batches.asked`)
    _stop: threading.Event = field(default_factory=threading.Event, repr=False)
    _on_stop: list[Callable[[], None]] = field(default_factory=list, repr=False)

    def when_asked_to_stop(self, hook: Callable[[], None]) -> None:
        """``hook()`` once the batch is asked to stop (now, when it was asked already)."""
        with self.lock:
            asked = self._stop.is_set()
            if not asked:
                self._on_stop.append(hook)
        if asked:
            hook()

    def ask_to_stop(self) -> None:
        """Have the batch stop at its next whole file (the hooks are called, once)."""
        with self.lock:
            if self._stop.is_set():
                return
            self._stop.set()
            hooks, self._on_stop = self._on_stop, []
        for hook in hooks:
            hook()

    def asked_to_stop(self) -> bool:
        return self._stop.is_set()

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


UPLOAD_CUT = (
    "服务器在上传本批文件时意外停止：上传未完成，本批未检查，也未编号任何文件。请重新上传本批的全部文件"
    "（下面列出服务器已收到的文件，可能不全，最后一个可能不完整）",
    "The server ended while this batch's files were being uploaded: the upload did not finish, and "
    "nothing was checked or numbered. Upload all of the batch's files again (the files the server "
    "received are listed below: perhaps not all, and the last one perhaps incomplete)",
)
"""What a batch whose upload the server's death cut says (:meth:`Batches._died_under_way`)."""


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
SHELVED = "batch.json"
"""An uncut batch's facts, in its own folder, from the moment it is checked (a restart loses
nothing a clerk saw): written as it is checked, as its filing ends or fails, and as it is put out
of memory (:meth:`Batches._shelve`); removed only as its filing starts (:meth:`Batches.file`).
The same facts as a summary, read back when the batch is asked for. Not read at start-up: the
check page lists it from its :data:`LISTING` (a few fields), so a server whose batches hold
thousands of documents starts as fast as a new one."""
LISTING = "listing.json"
"""Beside :data:`SHELVED`: what the check page lists of it (id, owner, time, files, stage)."""
FINDINGS = "findings.json"
"""Each document's verdict and findings as the batch was last checked (its own file: a batch of
thousands of findings never makes its facts too big to read back): a batch read back from disk
(put there to bound memory, or after a restart) shows them at once — while a checked one is
checked again, and for good once it is filed (its findings are not kept in memory)."""
UNDER_WAY = "under-way.json"
"""A batch's head (id, owner, time, files; ``filing``) from the moment its check or its filing is
asked for until its facts are on disk (:data:`SHELVED` as it is checked or filed, :data:`SUMMARY`
as a stop cuts it; any write of them removes it): one a restart finds alone was under way when
the server died (a crash, ``kill -9``: no stop), and is listed as cut short
(:meth:`Batches._died_under_way`)."""
KEEP_LIVE = 100
"""Finished batches kept in memory (the ones used last); the others wait on disk."""
IDLE_MINUTES = 30.0
"""Minutes a finished batch not asked for stays in memory."""
LISTED = 200
"""Batches put out of memory that the check page still lists (the newest): a line each."""
KEEP_CUT = 50
"""Cut batches whose summary is kept (the newest): a page for each after a restart."""
KEEP_DAYS = 30
"""Days a cut batch's summary is kept (its documents stay in its folder: only the page goes)."""


SUMMARY_MAX = 4 << 20
"""The largest summary read (bytes): a thousand files' facts take a few hundred kB."""

log = logging.getLogger(__name__)


def say(lang: Lang, zh: str, en: str) -> str:
    """A line of the server's log in its language (``kesu serve --lang``), like every other message."""
    return zh if lang == "zh" else en


def write_summary(
    batch: Batch, name: str = SUMMARY, shown: tuple[Progress, list[Filed]] | None = None
) -> None:
    """The batch's page as facts in its folder (written whole): a cut batch's :data:`SUMMARY`, or
    an uncut one's :data:`SHELVED` (with its :data:`LISTING`). ``shown``: the stage and documents
    to write, when they are not shown yet (a filing's end is on disk before its page shows it)."""
    if shown is None:
        progress, _, filed = batch.snapshot()
    else:
        progress, filed = shown
    head = {**_head(batch), "stage": progress.stage if progress.stage in STAGES_KEPT else "failed"}
    data = {
        **head,
        "error": progress.error,
        "cut": asdict(progress.cut) if progress.cut is not None else None,
        "filed": [filed_facts(batch, item) for item in filed],
    }
    _write_whole(batch.folder / name, data)
    if name == SHELVED:
        _write_whole(batch.folder / LISTING, head)
    (batch.folder / UNDER_WAY).unlink(missing_ok=True)  # its facts say more


def write_findings(batch: Batch, results: list[ParseResult]) -> None:
    """Each document's verdict and findings (:data:`FINDINGS`), written whole; none kept (an
    earlier file removed) when they would be larger than :data:`SUMMARY_MAX`."""
    data = {
        "findings": [
            {
                "source": batch.shown(r.source),
                "kind": r.kind,
                "verdict": "unreadable" if r.fatal else ("valid" if r.valid else "invalid"),
                "problems": [
                    {**problem_facts(p), "label": p.label, "label_en": p.label_en}
                    for p in r.errors + r.warnings
                ],
            }
            for r in results
        ]
    }
    if len(json.dumps(data, ensure_ascii=False).encode("utf-8")) > SUMMARY_MAX:
        (batch.folder / FINDINGS).unlink(missing_ok=True)
        return
    _write_whole(batch.folder / FINDINGS, data)


def read_findings(folder: Path) -> list[KeptFinding]:
    """The findings :func:`write_findings` kept in ``folder`` (none when there are none); ValueError
    for a file too big, not JSON, or not as written (checked as a summary is)."""
    try:
        data = _Findings.model_validate_json(_facts_bytes(folder / FINDINGS))
    except FileNotFoundError:
        return []
    return [
        KeptFinding(
            f.source,
            f.kind,
            f.verdict,
            [replace(_kept(p), label=p.label, label_en=p.label_en) for p in f.problems],
        )
        for f in data.findings
    ]


def _head(batch: Batch) -> dict[str, Any]:
    """What names a batch on the check page: its id, clerk, time and files."""
    return {"id": batch.id, "owner": batch.owner, "created": batch.created.isoformat(), "names": batch.names}


def _write_whole(target: Path, data: dict[str, Any]) -> None:
    """JSON written whole: a temporary file of its own (two writers never share one), renamed."""
    name = ""
    try:  # a full disk may refuse the write, the close's flush, or the rename: nothing left behind
        with tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", dir=target.parent, prefix=f".{target.name}.", suffix=".part", delete=False
        ) as part:
            name = part.name
            json.dump(data, part, ensure_ascii=False)
        os.replace(name, target)
    except BaseException:
        if name:
            Path(name).unlink(missing_ok=True)
        raise


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
        # why it failed (a render error, a PDF not made, a value the register refused), and its
        # notes: a restart's page says them as the page said them before
        "problems": [problem_facts(p) for p in item.problems],
        "notes": [problem_facts(shown_note(batch, p)) for p in item.notes],
    }


def problem_facts(problem: Problem) -> dict[str, Any]:
    """A document's finding as its batch's record keeps it: where, and its words in both
    languages (its parameters may be a term, a path, a reason in two languages: not JSON)."""
    return {
        "code": problem.code,
        "field": problem.field,
        "location": problem.location,
        "severity": problem.severity,
        "zh": problem.message("zh"),
        "en": problem.message("en"),
    }


@dataclass
class Said(Problem):
    """A finding read back from a batch's record (:func:`problem_facts`): said in the words
    it was said in, in the page's language."""

    words: tuple[str, str] = ("", "")

    def message(self, lang: Lang = "zh") -> str:
        return self.words[0 if lang == "zh" else 1]


def shown_note(batch: Batch, note: Problem) -> Problem:
    """A filing note as the page says it: a file of the batch's documents by its name (the link
    beside it downloads it) — the server's folder means nothing on the clerk's PC."""
    name = inside(batch.outbox, note.params.get("path"))
    return note if name is None else replace(note, params={**note.params, "path": name})


def inside(folder: Path, path: Any) -> str | None:
    """The name of a file written into ``folder`` (None when there is none, or it is elsewhere)."""
    if not path:
        return None
    path = Path(path)
    return path.name if path.parent.resolve() == folder.resolve() and path.is_file() else None


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


def _batch_id(text: str) -> str:
    """A batch's id (its folder's name): what a claim or a URL names, nothing else."""
    if not BATCH_ID.fullmatch(text):
        raise ValueError(f"not a batch id: {text!r}")
    return text


BATCH_ID = lazy_re(r"[0-9a-f]{16}")
UNDER_WAY_STAGES = ("queued", "reading", "checking", "filing")
"""The stages of a batch being worked on (the page polls them; a stop button shows)."""
STOP_BATCH_WAIT = 20.0
"""How long the clerk's stop waits for the batch to end (a PDF conversion part takes the longest:
:data:`~kesu_docs.filing.STOP_PART`) before the page says it stops at its next whole file."""
STAGES_KEPT = ("checked", "filed", "failed")
"""The stages a batch's facts on disk say (a batch under way is never put out of memory)."""


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
    claims: dict[Annotated[str, AfterValidator(_digest)], Annotated[str, AfterValidator(_batch_id)]] = {}
    died: bool = False
    uploading: bool = False
    known: bool = False
    numbered: dict[SourceName, list[str]] = {}
    made: dict[SourceName, list[FileName]] = {}
    parts: dict[SourceName, list[FileName]] = {}
    forms: dict[FileName, NonNegativeInt] = {}


class _ProblemFacts(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)
    code: str
    field: str = ""
    location: str = ""
    severity: Literal["error", "warning"] = "error"
    zh: str
    en: str


def _kept(facts: _ProblemFacts) -> Said:
    return Said(
        facts.code, facts.field, location=facts.location, severity=facts.severity, words=(facts.zh, facts.en)
    )


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
    problems: list[_ProblemFacts] = []  # a record of an earlier version keeps none
    notes: list[_ProblemFacts] = []


class _Head(BaseModel):
    """A batch's head on disk, checked as a summary is."""

    model_config = ConfigDict(extra="forbid")
    id: str
    owner: str
    created: AwareDatetime
    names: list[FileName]


class _Summary(_Head):
    """A summary as it must be: read from a folder anyone with access to the server may edit."""

    stage: Literal["checked", "filed", "failed"] = "failed"  # a summary of an earlier version: cut
    error: str = ""
    cut: _CutFacts | None
    filed: list[_FiledFacts]


class _UnderWay(_Head):
    """A batch under way (:data:`UNDER_WAY`): read or checked, or (``filing``) filed, or
    (``uploading``) its files still being uploaded."""

    filing: bool = False
    uploading: bool = False
    forms: dict[FileName, NonNegativeInt] = {}  # filing: the forms to file of each file


class _Listing(_Head):
    """What the check page lists of a batch on disk (:data:`LISTING`), checked as a summary is."""

    stage: Literal["checked", "filed", "failed"]


class _FoundProblem(_ProblemFacts):
    label: str = ""  # the field's label, as the findings' table shows it
    label_en: str = ""


class _FoundFacts(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)
    source: SourceName
    kind: str | None
    verdict: Literal["valid", "invalid", "unreadable"]
    problems: list[_FoundProblem] = []


class _Findings(BaseModel):
    """A batch's findings on disk (:data:`FINDINGS`), checked as a summary is."""

    model_config = ConfigDict(extra="forbid")
    findings: list[_FoundFacts]


def _facts_bytes(path: Path) -> bytes:
    """A batch's facts file as bytes, the one way each is read. ValueError for one larger than
    :data:`SUMMARY_MAX` (read no further: a device or a pipe says it is empty), or not a plain
    file of a batch's own folder — a link (the file or its folder) put in the work folder would
    have a start-up read, then write and remove, files elsewhere on the server."""
    if path.parent.is_symlink() or not stat.S_ISREG(path.lstat().st_mode):  # not opened: a pipe waits
        raise ValueError(f"{path}: not a plain file of a batch's own folder (a link, a pipe, a device)")
    with path.open("rb") as facts:
        data = facts.read(SUMMARY_MAX + 1)
    if len(data) > SUMMARY_MAX:
        raise ValueError(f"{path}: larger than {SUMMARY_MAX} bytes")
    return data


def read_under_way(folder: Path) -> Batch:
    """A batch that was under way when the server died (:data:`UNDER_WAY`), cut short: nothing
    numbered when it was read or checked; when it was filed, what finished is not known.
    ValueError as :func:`read_summary`."""
    path = folder / UNDER_WAY
    data = _UnderWay.model_validate_json(_facts_bytes(path))
    batch = Batch(folder.name, data.owner, folder, list(data.names), data.created)
    if data.uploading:  # the files that arrived (each a name place() gave: no path)
        with os.scandir(batch.inbox) as entries:  # each entry's type from the listing: no stat
            batch.names = sorted(e.name for e in entries if e.is_file(follow_symlinks=False))
    rest = list(batch.names)
    if data.uploading:
        cut = Cutoff(uploading=True, rest=rest)
    elif data.filing:
        cut = Cutoff(filing=True, died=True, outbox=str(batch.outbox), rest=rest, forms=dict(data.forms))
    else:
        cut = Cutoff(rest=rest)
    batch.progress = Progress("failed", cut=cut)
    return batch


def read_listing(folder: Path) -> Batch:
    """A batch on disk as the check page lists it (no findings, no documents): its few fields
    only, however many documents its facts hold. ValueError as :func:`read_summary`."""
    path = folder / LISTING
    data = _Listing.model_validate_json(_facts_bytes(path))
    stage = "queued" if data.stage == "checked" else data.stage  # as read_summary gives it back
    return Batch(folder.name, data.owner, folder, list(data.names), data.created, progress=Progress(stage))


def _in(folder: Path, name: str | None) -> Path | None:
    """A document named in a summary (a file name, checked on reading), in the batch's folder."""
    return folder / name if name else None


def read_summary(folder: Path, name: str = SUMMARY) -> Batch:
    """A batch as its facts on disk keep it (its documents in its folder); ValueError for a
    file too big, not JSON, or not as written (a hand edit): every field is checked. A batch
    kept as checked comes back queued: its findings are not kept, it is checked again."""
    path = folder / name
    data = _Summary.model_validate_json(_facts_bytes(path))
    batch = Batch(
        folder.name, data.owner, folder, list(data.names), created=data.created
    )  # the folder names it
    cut = Cutoff(**data.cut.model_dump()) if data.cut is not None else None
    if data.stage == "checked":
        batch.progress = Progress("queued", 0, len(data.names))
    elif data.stage == "filed":
        batch.progress = Progress("filed", len(data.filed), len(data.filed))
    else:  # a summary without a cut nor an error is an earlier version's: cut before filing
        batch.progress = Progress("failed", error=data.error, cut=cut or (None if data.error else Cutoff()))
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
            problems=[_kept(p) for p in f.problems],
            notes=[_kept(p) for p in f.notes],
        )
        for f in data.filed
    ]
    return batch


def register_moment(register: Any) -> tuple[dt.datetime, str | None]:
    """The register's clock (:meth:`.Register.now`: never before what it holds), as the server
    dates what it keeps beside the register (a batch, an ``actions.log`` line), and None; or,
    where the register cannot be read now (a PostgreSQL server out of reach), this PC's clock
    and why the register's was not read (the error's first line)."""
    from sqlalchemy.exc import DBAPIError

    from ..register import RegisterError

    try:
        return register.now(), None
    except (DBAPIError, RegisterError) as error:
        return dt.datetime.now().astimezone(), (str(error).strip().splitlines() or [type(error).__name__])[0]


class RegisterClock:
    """The register's clock for what the server dates beside it without reading the register
    each time (``actions.log``'s lines: a PostgreSQL server out of reach stalled every audited
    request for its connect timeout): the offset register − this PC, read at most once every
    :attr:`every` seconds (:meth:`moment`) and whenever the server reads the register's clock
    anyway (:meth:`read`: a new batch's time)."""

    def __init__(self, register: Any, every: float = 60.0) -> None:
        self.register, self.every = register, every
        self._lock = threading.Lock()
        self._offset: dt.timedelta | None = None  # register − this PC, when last read
        self._unread: str | None = None  # why the last read failed (None: it did not)
        self._asked = float("-inf")  # (time.monotonic() of the last read, or of its start)

    def read(self) -> tuple[dt.datetime, str | None]:
        """:func:`register_moment`, read now and kept."""
        with self._lock:
            self._asked = time.monotonic()
        moment, unread = register_moment(self.register)
        with self._lock:
            self._unread = unread
            if unread is None:
                self._offset = moment - dt.datetime.now().astimezone()
        return moment, unread

    def moment(self) -> tuple[dt.datetime, dt.datetime, str | None]:
        """The register's moment (this PC's clock and the offset last read), this PC's, and
        what the line's ``clock`` says where the register's clock could not be read the last
        time it was asked (None: it was) — asked again only once :attr:`every` seconds have
        passed since (one request a minute)."""
        with self._lock:
            due = time.monotonic() - self._asked >= self.every
            if due:
                self._asked = time.monotonic()  # (the other requests meanwhile use what is kept)
        if due:
            self.read()
        here = dt.datetime.now().astimezone()
        with self._lock:
            offset, unread = self._offset, self._unread
        if unread is None:
            return (here + offset if offset is not None else here), here, None
        if offset is None:
            return here, here, f"this PC: the register's time could not be read ({unread})"
        return (
            here + offset,
            here,
            f"this PC and the register's offset read before: its time could not be read now ({unread})",
        )


class Batches:
    """The batches of this server run, and the one worker that reads and files them.

    Memory stays bounded however long the server runs: a finished batch (checked, filed, or
    failed) is put on disk (:data:`SHELVED`) once :attr:`keep` batches were used since, or (filed
    or failed) when no one asked for it for :attr:`idle` seconds (looked at as batches are made
    or listed), and
    read back when it is asked for — its documents are where they were. A batch under way, or
    cut by a stop (few: :data:`KEEP_CUT`), stays in memory."""

    def __init__(
        self,
        work: Path,
        register: Register,
        *,
        keep: int = KEEP_LIVE,
        idle: float = IDLE_MINUTES * 60,
        lang: Lang = "zh",
    ) -> None:
        self.work = work
        self.register = register
        self.clock = RegisterClock(register)  # (actions.log's lines, dated by it)
        self.keep, self.idle = keep, idle
        self.lang: Lang = lang  # the server's log speaks it
        self._batches: dict[str, Batch] = {}
        # the batches put on disk, as the check page lists them (no findings, no documents)
        self._listed: dict[str, Batch] = {}
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kesu-batch")
        self._queued: list[tuple[Future, Batch]] = []
        self._stopping = threading.Event()  # no new work is taken
        self._cut = threading.Event()  # the batch under way stops at its next whole file
        # the claims on cut batches' finished files (kept in their summaries), a batch's start
        # of filing, and a batch put on disk: one at a time
        self._claiming = threading.Lock()
        self._restore()

    def _restore(self) -> None:
        """The cut batches of earlier runs, from their summaries: the newest :data:`KEEP_CUT`
        of the last :data:`KEEP_DAYS` days; an older summary is removed (the documents stay).
        The claims their summaries hold are settled (:meth:`_settle`): no batch of a run
        gone files anything now."""
        self._died_under_way()
        found = []
        for path in (self.work / "batches").glob(f"*/{SUMMARY}"):
            try:
                found.append(read_summary(path.parent))
            except (
                OSError,
                ValueError,
            ) as exc:  # a damaged summary: no page, nothing else; the server starts
                log.warning(
                    say(
                        self.lang,
                        f"kesu serve：批次摘要未读取（{path}）：{exc}",
                        f"kesu serve: summary skipped ({path}): {exc}",
                    )
                )
                continue
        oldest = dt.datetime.now().astimezone() - dt.timedelta(days=KEEP_DAYS)
        found.sort(key=lambda b: b.created, reverse=True)
        for n, batch in enumerate(found):
            if n < KEEP_CUT and batch.created >= oldest:
                batch.kept = self._findings_of(batch)
                self._batches[batch.id] = batch
                self._settle(batch)
            else:  # its facts too: a batch cut while checked again must not come back as checked
                (batch.folder / SUMMARY).unlink(missing_ok=True)
                _unshelve(batch.folder)
        self._list_shelved()

    def _died_under_way(self) -> None:
        """The batches an earlier run was reading, checking or filing when it died (no stop wrote
        their facts: :data:`UNDER_WAY` alone), cut short (:func:`read_under_way`): their uploads
        kept in ``in``, their page (a summary) says to submit them again."""
        for path in (self.work / "batches").glob(f"*/{UNDER_WAY}"):
            folder = path.parent
            # a folder that is a link to elsewhere: refused as it is read, never written
            if not folder.is_symlink() and ((folder / SHELVED).exists() or (folder / SUMMARY).exists()):
                with contextlib.suppress(OSError):  # (a folder in its place: left, never fatal)
                    path.unlink(missing_ok=True)  # its facts say more
                continue
            try:
                batch = read_under_way(folder)
            except (OSError, ValueError) as exc:
                self._not_listed(path, exc)
                continue
            self._asked_register(batch)
            cut = batch.progress.cut
            code = (
                "batch_died_log_uploading"
                if cut is not None and cut.uploading
                else "batch_died_log_filing"
                if cut is not None and cut.filing
                else "batch_died_log_checking"
            )
            if _keep(batch, self.lang):
                log.warning(
                    said(code, self.lang, batch=batch.id, owner=as_is(batch.owner), inbox=as_is(batch.inbox))
                )

    def _asked_register(self, batch: Batch) -> None:
        """A batch that died while it filed: what the register knows of its files (each one's
        numbers, and its documents written into the batch's folder and logged as printed), so
        that its page says which are filed and which not. Left "not known" when the register
        cannot say (said in the log)."""
        cut = batch.progress.cut
        if cut is None or not cut.died:
            return
        try:
            found = self.register.filed_from(str(batch.inbox), str(batch.outbox))
        except Exception as exc:  # the page says what it said before: not known
            log.warning(
                say(
                    self.lang,
                    f"kesu serve：批次 {batch.id} 已编号的文件未能从登记簿查出（{exc}）",
                    f"kesu serve: batch {batch.id}: what it numbered could not be read from the register ({exc})",
                )
            )
            return
        # each form the register has of each file (a JSON list's forms ``a.json#1``), in order
        forms: dict[str, dict[str, tuple[list[str], list[str]]]] = {}
        for source, _kind, number, files in found:
            form = batch.shown(source)
            name = form.split("#", 1)[0]
            if name not in batch.names:
                continue
            numbers, written = forms.setdefault(name, {}).setdefault(form, ([], []))
            numbers.append(number)
            written += [kept for kept in (inside(batch.outbox, f) for f in files) if kept is not None]
        numbered: dict[str, list[str]] = {}
        made: dict[str, list[str]] = {}
        parts: dict[str, list[str]] = {}
        documents = 0
        for name, its in forms.items():
            documents += sum(1 for _numbers, written in its.values() if written)
            # filed whole: every form it has written, and as many as filing was to file of it
            # (not said by an older head: then a file of one form alone, not a list's)
            wanted = cut.forms.get(name)
            enough = len(its) >= wanted if wanted is not None else list(its) == [name]
            if enough and all(written for _numbers, written in its.values()):
                numbered[name] = [n for numbers, _written in its.values() for n in numbers]
                made[name] = [f for _numbers, written in its.values() for f in written]
                continue
            for form, (numbers, written) in its.items():  # what the register has of it, per form
                numbered[form] = numbers
                if written:
                    parts[form] = written
        rest = [name for name in batch.names if name not in made]
        batch.progress = replace(
            batch.progress,
            cut=replace(
                cut,
                known=True,
                numbered=numbered,
                made=made,
                parts=parts,
                rest=rest,
                done=documents,
            ),
        )

    def _findings_of(self, batch: Batch) -> list[KeptFinding]:
        """The findings kept of ``batch`` as last checked (:func:`read_findings`); none, said in
        the log, when they cannot be read (the page then shows them once checked again)."""
        try:
            return read_findings(batch.folder)
        except (OSError, ValueError) as exc:
            log.warning(
                say(
                    self.lang,
                    f"kesu serve：批次 {batch.id} 的检查结果未读取（{exc}）",
                    f"kesu serve: batch {batch.id}'s findings not read ({exc})",
                )
            )
            return []

    def _not_listed(self, path: Path, exc: Exception) -> None:
        """A batch's record on disk that cannot be read: said in the log, the batch not listed."""
        log.warning(
            say(
                self.lang,
                f"kesu serve：批次未列出（{path}）：{exc}",
                f"kesu serve: batch not listed ({path}): {exc}",
            )
        )

    def _list_shelved(self) -> None:
        """The newest :data:`LISTED` batches on disk (by the time written), listed again on the
        check page as a restart finds them, each from its :data:`LISTING` (a few fields: not the
        thousands of documents its facts may hold); the others are read when asked for."""
        paths = []
        # one listing of the folder (os.scandir: each entry's type from the listing itself) and
        # one stat per batch, of its facts: a glob asked the system twice for each (whether the
        # file is there, then its time)
        with contextlib.suppress(OSError), os.scandir(self.work / "batches") as entries:
            for entry in entries:
                if not entry.is_dir(follow_symlinks=False):
                    continue
                path = Path(entry.path) / SHELVED
                with contextlib.suppress(OSError):  # none, or removed meanwhile
                    paths.append((os.stat(path).st_mtime, path))
        for _, path in sorted(paths, reverse=True)[:LISTED]:
            if path.parent.name in self._batches:  # cut since: its summary is its page
                continue
            try:
                self._listed[path.parent.name] = read_listing(path.parent)
            except FileNotFoundError:  # the server died between the two writes: the facts say it
                with contextlib.suppress(OSError, ValueError):
                    self._listed[path.parent.name] = _shell(read_summary(path.parent, SHELVED))
            except (OSError, ValueError) as exc:
                self._not_listed(path, exc)

    def _settle(self, cut_batch: Batch) -> None:
        """The claims a batch of an earlier run left on ``cut_batch``'s finished files (the
        server died while it filed them): what that batch took as it is, as its own facts on
        disk say, is spent; the rest is free again. A batch that left no facts showed no
        document (its page shows them only once its claims are settled on disk, :meth:`_file`):
        it handed nothing out."""
        cut = cut_batch.progress.cut
        if cut is None or not cut.claims:
            return
        finished = dict(cut.finished)
        for digest, claimer in cut.claims.items():
            _spend(finished, digest, self._taken_by(claimer))
        cut_batch.progress = replace(cut_batch.progress, cut=replace(cut, finished=finished, claims={}))
        _keep(cut_batch, self.lang)

    def _taken_by(self, batch_id: str) -> set[str] | None:
        """The documents the batch ``batch_id`` took as they are, as its facts on disk say, and
        any found in its ``out`` folder (facts lost or not written yet: such a copy may have been
        handed out — the worst then is a document lost, re-printed later, never one handed out
        twice). None: its facts cannot be read, so it may have taken any."""
        folder = self.work / "batches" / batch_id
        try:
            found = {path.name for path in (folder / "out").iterdir()}
        except OSError:
            found = set()
        for name in (SUMMARY, SHELVED):
            try:
                return _used(read_summary(folder, name).filed) | found
            except FileNotFoundError:
                continue
            except (OSError, ValueError) as exc:  # unreadable: it may have taken them; not offered again
                log.warning(
                    say(
                        self.lang,
                        f"kesu serve：{folder / name} 未读取（{exc}）：其认领的文件按已交出处理",
                        f"kesu serve: {folder / name} not read ({exc}): its claims stand as spent",
                    )
                )
                return None
        return found

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
                claimed = cut.claims.get(digest, batch.id)
                if claimed == batch.id and _as_they_are(other, made):
                    known.setdefault(digest, (other, made))
        hashes = batch.source_hashes() if known else {}
        return {name: known[digest] for name, digest in hashes.items() if digest in known}

    def new(self, owner: str) -> Batch:
        batch_id = uuid.uuid4().hex[:16]
        folder = self.work / "batches" / batch_id
        started = self._now()  # (before its folder: nothing made should it fail)
        (folder / "in").mkdir(parents=True)
        (folder / "out").mkdir()
        batch = Batch(batch_id, owner, folder, [], started)
        # its head on disk while its files arrive: a server dying meanwhile lists it after a
        # restart, its upload cut short (a head not written: the upload goes on all the same)
        self._under_way(batch, filing=False, uploading=True)
        with self._claiming:  # the pages and the worker go over the batches meanwhile
            self._batches[batch_id] = batch
        self._bound()
        return batch

    def _now(self) -> dt.datetime:
        """A new batch's time: the register's clock (never before what it holds, as the documents
        it files: :meth:`.Register.now`); this PC's where the register cannot be read now (a
        PostgreSQL server out of reach) — the upload is kept, its filing says what the register
        says then."""
        moment, unread = self.clock.read()
        if unread is not None:
            log.warning(
                say(
                    self.lang,
                    f"kesu serve：读不到登记簿的时间（{unread}），新批次按本机时钟记时",
                    f"kesu serve: the register's time could not be read ({unread}): the new batch is dated by this PC's clock",
                )
            )
        return moment

    def forget(self, batch: Batch) -> None:
        """A batch whose upload failed: no page, no work; its folder goes."""
        with self._claiming:
            self._batches.pop(batch.id, None)
        shutil.rmtree(batch.folder, ignore_errors=True)

    def get(self, batch_id: str, owner: str | None = None) -> Batch | None:
        """The batch, read back from disk when it was put there; ``owner``: only theirs (None:
        anyone's) — another clerk's batch on disk is not even read back, let alone checked."""
        batch = self._batches.get(batch_id) or self._load(batch_id, owner)
        if batch is None or (owner is not None and batch.owner != owner):
            return None
        batch.used = time.monotonic()
        return batch

    def recent(self, owner: str | None = None, limit: int = 20) -> list[Batch]:
        self._bound()
        with self._claiming:
            every = [*self._batches.values(), *self._listed.values()]
        chosen = [b for b in every if owner is None or b.owner == owner]
        return sorted(chosen, key=lambda b: b.created, reverse=True)[:limit]

    def live(self) -> int:
        """How many batches are in memory (the bound's measure)."""
        return len(self._batches)

    # ------------------------------------------------------------------ memory
    def _bound(self) -> None:
        """Finished batches put on disk: all but the :attr:`keep` used last, and any filed (or
        failed) not asked for in :attr:`idle` seconds. A checked one waits for its clerk however
        long (a lunch break must not cost a thousand files checked again): only the count
        puts it away."""
        now = time.monotonic()
        with self._claiming:
            done = sorted(
                [b for b in list(self._batches.values()) if _shelvable(b)], key=lambda b: b.used, reverse=True
            )
            for n, batch in enumerate(done):
                idle = batch.progress.stage != "checked" and now - batch.used > self.idle
                if n >= self.keep or idle:
                    self._shelve(batch)

    def _shelve(self, batch: Batch) -> None:
        """``batch`` out of memory, its facts on disk (a batch that cannot be written stays)."""
        try:
            write_summary(batch, SHELVED)
        except OSError as exc:
            log.warning(
                say(
                    self.lang,
                    f"kesu serve：批次 {batch.id} 无法写入磁盘，留在内存中（{exc}）",
                    f"kesu serve: batch {batch.id} kept in memory ({exc})",
                )
            )
            return
        self._batches.pop(batch.id, None)
        self._listed[batch.id] = _shell(batch)
        for old in sorted(self._listed.values(), key=lambda b: b.created)[: len(self._listed) - LISTED]:
            del self._listed[old.id]

    def _load(self, batch_id: str, owner: str | None = None) -> Batch | None:
        """A batch put on disk, back in memory (``owner``'s only, when given); one kept as checked
        is checked again, its facts on disk kept meanwhile (a restart lists it still): they go
        only as its filing starts (:meth:`file`) — a batch filed once is never offered again."""
        if not BATCH_ID.fullmatch(batch_id):  # a URL's part: never a path
            return None
        folder = self.work / "batches" / batch_id
        with self._claiming:
            if (known := self._batches.get(batch_id)) is not None:  # read meanwhile by another request
                return known
            try:
                batch = read_summary(folder, SHELVED)
            except FileNotFoundError:
                return None
            except (OSError, ValueError) as exc:
                log.warning(
                    say(
                        self.lang,
                        f"kesu serve：批次未读取（{folder / SHELVED}）：{exc}",
                        f"kesu serve: batch not read ({folder / SHELVED}): {exc}",
                    )
                )
                return None
            if owner is not None and batch.owner != owner:
                return None
            batch.kept = self._findings_of(batch)
            self._batches[batch_id] = batch
            self._listed.pop(batch_id, None)
        if batch.progress.stage == "queued":
            self.check(batch)
        return batch

    def check(self, batch: Batch) -> None:
        """Read and check the batch in the background (its head on disk meanwhile: :meth:`_under_way`)."""
        self._under_way(batch, filing=False)
        self._submit(batch, self._check)

    def _under_way(self, batch: Batch, *, filing: bool, uploading: bool = False) -> bool:
        """The batch's head on disk while it is read, checked or filed (:data:`UNDER_WAY`): a
        server that dies meanwhile still lists it after a restart, cut short. False when it
        could not be written (said in the log)."""
        try:
            head = {**_head(batch), "filing": filing} | ({"uploading": True} if uploading else {})
            if filing:  # how many forms of each file it is to file: a file filed whole is known
                head["forms"] = dict(Counter(batch.shown(r.source).split("#", 1)[0] for r in batch.valid))
            _write_whole(batch.folder / UNDER_WAY, head)
            return True
        except OSError as exc:  # done all the same: only a crash meanwhile would lose its page
            log.warning(
                say(
                    self.lang,
                    f"kesu serve：批次 {batch.id} 的记录未能写入磁盘（{exc}）：服务器若意外停止，重启后不再列出",
                    f"kesu serve: batch {batch.id}'s record not written ({exc}): were the server to die, "
                    "a restart would not list it",
                )
            )
            return False

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
            try:
                taken = self._claim(batch, earlier)
            except OSError as exc:  # a claim not on disk is no claim: nothing is filed
                self._failed(batch, exc)
                return True
            batch.progress = Progress("filing", 0, len(batch.valid))  # under way: stays in memory
            self._batches[batch.id] = batch  # the page's object, were it put on disk meanwhile
            self._listed.pop(batch.id, None)
            # its head on disk before its facts as checked go: a kill between the two lists it
            # as checked (nothing filed yet), never not at all
            if self._under_way(batch, filing=True):
                _unshelve(batch.folder)  # facts written as it was checked are no longer true
            # (else they stay: a restart after a crash lists the batch as checked — filed again,
            # the documents it finished are found in its folder and taken as they are — never
            # not at all)
        self._submit(batch, lambda b: self._file(b, taken, pdf=pdf, user=user))
        return True

    def _claim(
        self, batch: Batch, earlier: dict[str, tuple[Batch, list[str]]]
    ) -> dict[str, tuple[Batch, str]]:
        """The cut batches' finished files ``batch`` will take, claimed for it (name → (cut
        batch, digest)): no other batch is promised them until it is done. Each claim is in
        the cut batch's summary before anything is copied: a restart settles it. OSError when
        a claim cannot be written: every claim is let go again (in memory; on disk, a restart
        settles those written)."""
        hashes = batch.source_hashes()
        taken = {}
        before: dict[str, tuple[Batch, Progress]] = {}
        for name, (other, _) in earlier.items():
            digest = hashes[name]
            with other.lock:
                before.setdefault(other.id, (other, other.progress))
                cut = other.progress.cut
                if cut is not None:
                    claims = {**cut.claims, digest: batch.id}
                    other.progress = replace(other.progress, cut=replace(cut, claims=claims))
            taken[name] = (other, digest)
        try:
            for other, _ in before.values():
                write_summary(other)
        except OSError:
            for other, progress in before.values():
                with other.lock:
                    other.progress = progress
            raise
        return taken

    def _submit(self, batch: Batch, work) -> None:
        if self._stopping.is_set():  # a request that came in as the server stopped
            _cut_before(batch, self.lang)
            return
        self._queued = [(f, b) for f, b in self._queued if not f.done()]
        self._queued.append((self._pool.submit(self._guarded, batch, work), batch))

    def stop(self, grace: float) -> bool:
        """Take no new work, drop what waits (each such batch's page says to submit it again),
        give the batch under way ``grace`` seconds to end, then have it stop at its next whole
        file; the finished batches are put on disk. True when nothing was cut short or dropped.

        A stop waits for every batch (a thousand forms with PDFs take minutes) no more than
        a service manager waits before it kills (systemd: 90 s); a batch cut here leaves
        what a Ctrl-C of ``kesu render`` leaves — whole documents, numbers committed with
        their documents' rows, nothing half written — and no process to kill it mid-file."""
        self._stopping.set()
        self._pool.shutdown(wait=False, cancel_futures=True)
        running = [f for f, _ in self._queued if not f.cancelled()]
        finished = not wait_for(running, timeout=max(grace, 0.0)).not_done
        if not finished:
            self._cut.set()
            for _future, batch in self._queued:  # the same stop as the clerk's button
                batch.ask_to_stop()
        self._pool.shutdown(wait=True)
        dropped = [batch for future, batch in self._queued if future.cancelled()]
        for batch in dropped:  # waited in the queue: its page says to submit it again
            _cut_before(batch, self.lang)
        with self._claiming:  # the finished ones on disk: their pages after a restart too
            for batch in [b for b in self._batches.values() if _shelvable(b)]:
                self._shelve(batch)
        return finished and not dropped

    def asked(self, batch: Batch) -> Callable[[], bool]:
        """The one question a batch's reading and filing ask where they may end whole (between
        two files read, two documents rendered, two parts of the PDF conversion): whether the
        batch was asked to stop — by its clerk (:meth:`stop_batch`) or by the server's stop."""
        cut = self._cut

        def stop() -> bool:
            return cut.is_set() or batch.asked_to_stop()

        return stop

    def _go_on(self, batch: Batch) -> None:
        """Where a batch being read may stop whole: between two files."""
        if self.asked(batch)():
            raise Interrupted(signal.SIGTERM)

    def stop_batch(self, batch: Batch, timeout: float = STOP_BATCH_WAIT) -> bool:
        """Stop ``batch`` (its clerk's stop button): one waiting its turn is dropped; one under
        way stops at its next whole file — what a server's stop leaves: whole documents logged as
        printed, the rest listed to submit again. True once it has ended, within ``timeout``
        seconds (else it ends by itself at that next file)."""
        with self._claiming:
            for future, queued in self._queued:
                if queued is batch and future.cancel():  # not started: nothing read, nothing numbered
                    _cut_before(batch, self.lang)
                    return True
        batch.ask_to_stop()
        deadline = time.monotonic() + max(timeout, 0.0)
        while batch.progress.stage in UNDER_WAY_STAGES:
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.05)
        return True

    # ------------------------------------------------------------------ the work
    def _guarded(self, batch: Batch, work) -> None:
        batch.when_asked_to_stop(
            lambda: log.info(
                say(
                    self.lang,
                    f"kesu serve：批次 {batch.id}（{batch.owner}）被要求停止：在下一份完整文件处停止",
                    f"kesu serve: batch {batch.id} ({batch.owner}) asked to stop: it stops at its next whole file",
                )
            )
        )
        try:
            work(batch)
        except Interrupted:  # the server stops: the batch says so (the page may be reloaded)
            with batch.lock:
                batch.progress = replace(batch.progress, stage="failed", cut=Cutoff(rest=list(batch.names)))
            _cut_short(batch, self.lang)
        except Exception as exc:  # the batch says what went wrong; the server goes on
            self._failed(batch, exc)

    def _failed(self, batch: Batch, exc: Exception) -> None:
        """The batch failed: the page says why, the log says it with its traceback, and its
        record on disk says it whole — what failed, why, and the documents it finished
        (:meth:`_file` leaves them on the batch), written before the page shows the failure:
        a restart, or the batch put out of memory, loses none of it."""
        with batch.lock:
            failed, filed = replace(batch.progress, stage="failed", error=_said(exc)), list(batch.filed)
        log.error(
            say(
                self.lang,
                f"kesu serve：批次 {batch.id}（{batch.owner}）失败：{_said(exc)}",
                f"kesu serve: batch {batch.id} ({batch.owner}) failed: {_said(exc)}",
            ),
            exc_info=exc,
        )
        self._record(batch, (failed, filed))
        with batch.lock:  # the stage and its error at once: a page never sees one without the other
            batch.progress = failed

    def _record(self, batch: Batch, shown: tuple[Progress, list[Filed]] | None = None) -> None:
        """The batch's facts on disk (:data:`SHELVED`), ``shown`` as :func:`write_summary` takes
        it; one that cannot be written (a full disk) is said in the log, and the batch stays in
        memory with its page (:meth:`_shelve` tries again)."""
        try:
            write_summary(batch, SHELVED, shown=shown)
        except OSError as exc:
            log.warning(
                say(
                    self.lang,
                    f"kesu serve：批次 {batch.id} 的记录未能写入磁盘（{exc}）：重启后不再列出",
                    f"kesu serve: batch {batch.id}'s record not written ({exc}): a restart will not list it",
                )
            )

    def _check(self, batch: Batch) -> None:
        """Read and check under the server's settings (:attr:`WebConfig.settings`, the register's)."""
        with held_settings(self.register.settings):
            self._check_held(batch)

    def _check_held(self, batch: Batch) -> None:
        files = [batch.inbox / name for name in batch.names]
        batch.progress = Progress("reading", 0, len(files))
        results: list[ParseResult] = []
        for n, path in enumerate(files, 1):
            self._go_on(batch)
            refused = refusal(path)
            if refused is not None:
                results.append(ParseResult(str(path), None, None, [refused], fatal=True))
            elif path.suffix.lower() == ".pdf":  # PDFium is the page's previews' too (one at a time)
                from .preview import PDFIUM

                with PDFIUM:
                    results += read_paths([path])
            else:
                results += read_paths([path])
            batch.progress.done = n
        self._go_on(batch)
        batch.progress = Progress("checking", 0, len(results))
        # follow-up documents are checked against the register and this batch's complaints
        # same numbers said on each (kesu validate says them too)
        checked = check_batch(
            results, register=self.register, settings=self.register.settings, shown=batch.shown
        )
        try:  # shown at once when the batch is read back from disk (after a restart too)
            write_findings(batch, checked)
        except OSError as exc:  # the page goes on; read back, the batch shows them once checked again
            log.warning(
                say(
                    self.lang,
                    f"kesu serve：批次 {batch.id} 的检查结果未能写入磁盘（{exc}）",
                    f"kesu serve: batch {batch.id}'s findings not written ({exc})",
                )
            )
        shown = Progress("checked", len(results), len(results))
        # on disk before the page shows it: a restart lists what a clerk saw checked
        self._record(batch, (shown, list(batch.filed)))
        with batch.lock:
            batch.results = checked
            batch.progress = shown

    def _file(self, batch: Batch, taken: dict[str, tuple[Batch, str]], *, pdf: bool, user: str) -> None:
        copied: set[str] = set()
        filed: list[Filed] = []
        cut: Cutoff | None = None
        try:
            try:  # a copy that fails (a full disk) fails the batch, and its claims are let go
                self._take_finished(batch, taken, copied)
                filed, cut = self._render(batch, pdf=pdf, user=user)
                if cut is not None:
                    shown = replace(batch.progress, stage="failed", cut=cut)
                else:
                    shown = Progress("filed", len(filed), len(filed))
                # its own facts first: a restart that finds a claim on a cut batch learns from
                # them what this batch took (:meth:`_taken_by`)
                write_summary(batch, SUMMARY if cut is not None else SHELVED, shown=(shown, filed))
            except BaseException as exc:  # failed inside filing: what it finished is this batch's
                filed = filed or finished_before(exc)
                raise
            finally:  # taken once: the same files submitted a third time are re-prints again
                self._spent(batch, taken, copied, filed)
        except BaseException:
            # failed after documents were made (their facts or a claim not written): the failed
            # batch's page and record list them — numbered and logged as printed, they are the
            # clerk's to print; what this batch took is spent (:meth:`_spent`, or a restart's
            # :meth:`_taken_by` finds it in this batch's out folder): never handed out twice
            with batch.lock:
                batch.filed = filed
            raise
        # shown only now, every fact on disk: a server that dies before this handed nothing
        # out that a restart would offer again (:meth:`_settle`)
        with batch.lock:
            batch.filed = filed
            batch.progress = shown
        if cut is None:
            log.info(
                say(
                    self.lang,
                    f"kesu serve：批次 {batch.id}（{batch.owner}）已编号并生成：{len(filed)} 份",
                    f"kesu serve: batch {batch.id} ({batch.owner}) filed: {len(filed)} document(s)",
                )
            )

    def _render(self, batch: Batch, *, pdf: bool, user: str) -> tuple[list[Filed], Cutoff | None]:
        """The batch's documents, and what was finished when the server's stop cut it (or None)."""
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
                sources,
                batch.outbox,
                register=register,
                pdf=pdf,
                progress=report,
                stop=self.asked(batch),
                settings=register.settings,  # the server's, not the working directory's
                also_checked=self._outboxes(),  # (the other batches' documents)
            )
        except Cut as cut:
            self._issued(cut.filed, register, user)
            return cut.filed, stopped_part(batch, cut.filed, pdf=pdf)
        except BaseException as exc:  # numbered before it failed: who issued them is noted too
            self._issued(finished_before(exc), register, user)
            raise
        self._issued(filed, register, user)
        return filed, None

    def _outboxes(self) -> list[Path]:
        """The document folders of the batches on disk (``batches/*/out``): where a register put
        back from a backup finds the files it numbered after it (``register_behind_folder``)."""
        return sorted((self.work / "batches").glob("*/out"))

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

    def _spent(
        self, batch: Batch, taken: dict[str, tuple[Batch, str]], copied: set[str], filed: list[Filed]
    ) -> None:
        """The cut batches' documents this batch took as they are (filed ``unchanged``) are theirs
        no more: handed out once more without a print logged, never twice (their summaries say so
        too). The others stay theirs (this batch was cut before them, or failed); their copies
        here, unused, are removed, and every claim of this batch is let go."""
        used = _used(filed)
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
        with self._claiming:  # one writer of a cut batch's summary at a time (claims, spends)
            for other, digest in taken.values():
                with other.lock:
                    cut = other.progress.cut
                    if cut is None:
                        continue
                    finished = dict(cut.finished)
                    _spend(finished, digest, used)
                    claims = {d: c for d, c in cut.claims.items() if (d, c) != (digest, batch.id)}
                    other.progress = replace(
                        other.progress, cut=replace(cut, finished=finished, claims=claims)
                    )
                changed[other.id] = other
            for other in changed.values():  # not written: the batch fails (a restart settles it)
                write_summary(other)

    def _issued(self, filed: list[Filed], register: Register, user: str) -> None:
        """The register's note of who issued each new number (a register of its own records it)."""
        for item in filed:
            if (
                item.ok and item.number and item.created and not hasattr(register, "actor")
            ):  # else the register records who
                try:
                    register.log(item.number, "web", f"issued · {user}", kind=item.kind)
                except Exception:  # the log line is a note; the document stands without it
                    log.exception(
                        say(
                            self.lang,
                            f"kesu serve：{item.number} 的签发人未记入案件日志",
                            f"kesu serve: who issued {item.number} not noted in the case log",
                        )
                    )

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
                        item.docx_stands
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


def _used(filed: list[Filed]) -> set[str]:
    """The documents of these that filing took as they were (``unchanged``): by file name."""
    return {
        Path(path).name
        for item in filed
        if item.ok and item.printed == "unchanged"
        for path in (item.output, item.pdf, item.working_copy)
        if path is not None
    }


def _spend(finished: dict[str, list[str]], digest: str, used: set[str] | None) -> None:
    """A cut batch's finished documents of one file (``digest``), less those ``used`` (taken as
    they were by another batch; None: not known which, so all of them)."""
    if digest not in finished:
        return
    left = [name for name in finished[digest] if used is not None and name not in used]
    if not left:
        del finished[digest]
    elif left != finished[digest]:
        finished[digest] = left


def _shell(batch: Batch) -> Batch:
    """What the check page lists of a batch on disk: no findings, no documents."""
    return Batch(
        batch.id, batch.owner, batch.folder, batch.names, batch.created, progress=replace(batch.progress)
    )


def _shelvable(batch: Batch) -> bool:
    """A batch that may be put on disk: finished (no work under way or queued), not cut."""
    return batch.progress.cut is None and batch.progress.stage in STAGES_KEPT


def _cut_before(batch: Batch, lang: Lang) -> None:
    """A batch the server's stop kept from starting: nothing numbered, to submit again."""
    with batch.lock:
        batch.progress = Progress("failed", cut=Cutoff(rest=list(batch.names)))
    _cut_short(batch, lang)


def _cut_short(batch: Batch, lang: Lang) -> None:
    """A batch cut before it was filed (while it was checked, or checked again after it was read
    back, or waiting): its summary says to submit it again, and its facts on disk (checked) go,
    once that is written — else, the summary aged out, a restart would offer it checked again."""
    if _keep(batch, lang):
        _unshelve(batch.folder)


def _keep(batch: Batch, lang: Lang) -> bool:
    """The cut batch's summary written (True); a server stopping goes on if it cannot be (only a
    stop uses this: a claim or a spend not written fails its batch instead)."""
    try:
        write_summary(batch)
    except OSError as exc:
        log.error(
            say(
                lang,
                f"kesu serve：批次 {batch.id} 的摘要未能写入（{exc}）：重启后不再显示其页面",
                f"kesu serve: batch {batch.id}'s summary not written ({exc}): a restart will not show its page",
            ),
            exc_info=exc,
        )
        return False
    return True


def _unshelve(folder: Path) -> None:
    """A batch's facts on disk (and its listing) removed: they are no longer true."""
    for name in (SHELVED, LISTING):
        (folder / name).unlink(missing_ok=True)


def _said(exc: BaseException) -> str:
    """What failed, in the exception's own words."""
    return f"{type(exc).__name__}: {exc}"
