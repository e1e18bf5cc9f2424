"""Forms of one batch that carry the same number: filed, the later ones become revisions of the
first (修订2…) — two customers' complaints typed with one number made one document of two.

Said on each such form (``batch_same_number``) wherever a batch is checked or filed: the page
for clerks, ``kesu parse`` / ``kesu validate`` and ``kesu render`` on a folder. Two copies of
one document (its Excel form and its JSON, the same record) are one document, not said.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from .problems import Bilingual, Problem

MESSAGES: dict[str, tuple[str, str]] = {
    "batch_same_number": (
        "本批有 {count} 份表单带同一编号 {number}（{files}）：编号时后面的将成为第一份的修订（修订2…），"
        "不是另一份文件；若不是同一份文件，请改正编号后再提交",
        "{count} forms of this batch carry the same number {number} ({files}): filed, the later ones "
        "become revisions of the first (revision 2, …), not documents of their own; if they are not "
        "the same document, correct the numbers and submit again",
    ),
    "batch_files_more": ("{files} 等", "{files}…"),
}

SHOWN_FILES = 5
"""The files a message names (``等`` / ``…`` after them when there are more)."""


def files_named(names: Sequence[Any]) -> Any:
    """The first files (or forms) named, a list the message says in its language (、 or , ),
    ``等`` / ``…`` after it when there are more."""
    shown = list(names[:SHOWN_FILES])
    if len(names) <= SHOWN_FILES:
        return shown
    return Bilingual(
        Problem("batch_files_more", params={"files": shown}).message("zh"),
        Problem("batch_files_more", params={"files": shown}).message("en"),
    )


def source_name(source: str) -> str:
    """A source as a message names it: the file's name (``#2`` for a JSON list's third record)."""
    path, _, index = source.partition("#")
    return Path(path).name + (f"#{index}" if index else "")


def same_number(count: int, number: str, files: Sequence[str]) -> Problem:
    """The warning on the number of one of ``count`` forms carrying ``number`` (``files``)."""
    return Problem(
        "batch_same_number",
        field="number",
        label="编号",
        label_en="Number",
        severity="warning",
        params={"count": count, "number": number, "files": files_named(files)},
    )


def warn_same_numbers(results: Sequence[Any], shown: Callable[[str], str] = source_name) -> None:
    """Each valid form of ``results`` (checked :class:`~kesu_docs.parse.ParseResult` s) carrying
    the number of another valid one whose record differs, warned so; ``shown(source)`` names a form in the
    message (its file's name by default)."""
    carried: dict[tuple[str, str], list[Any]] = {}
    for r in results:  # the forms that would be filed: an invalid one is not
        number = getattr(r.record, "number", None) if r.valid else None
        if number and r.kind:
            carried.setdefault((r.kind, str(number)), []).append(r)
    for (_kind, number), alike in carried.items():
        if len(alike) < 2 or len({_content(r.record) for r in alike}) < 2:
            continue  # one form, or copies of one document (the same record)
        files = [shown(r.source) for r in alike]
        for r in alike:
            r.warnings.append(same_number(len(alike), number, files))


def _content(record: Any) -> str:
    """A record's content, to tell two copies of one document from two documents."""
    try:
        return record.model_dump_json(warnings=False)
    except Exception:  # a record that cannot be dumped: taken as a document of its own
        return str(id(record))
