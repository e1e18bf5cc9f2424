"""The language of kesu's messages asked for by ``$KESU_LANG``: ``zh`` (the default) or ``en``,
written as a locale is (``en_US.UTF-8``, ``EN``, ``zh-CN``) or not at all. A value kesu does not
know (``fr``) is said once a command (its workers too), in both languages, and Chinese used: before, ``fr`` gave
English messages under Chinese help — and ``EN`` the reverse — without a word."""

from __future__ import annotations

import os
import re
import sys
from typing import Literal

_said: set[str] = set()  # the unknown values said already (once a process)
# nothing to say: [0] in a command's worker (the command says it), [1] ``--lang`` chose the language
_QUIET = [False, False]
# the locales naming no language (``C``, ``C.UTF-8``, ``POSIX``, ``C@euro``): as unset
_NO_LANGUAGE = re.compile(r"\s*(C|POSIX)(?:[.@]\S*)?\s*$", re.I)


def of(value: str | None) -> Literal["zh", "en"] | None:
    """``zh`` / ``en`` for a value naming either (``en``, ``en_GB.UTF-8``, ``ZH-cn``), else None."""
    found = re.match(r"\s*(zh|en)(?:[-_.@]|\s*$)", value or "", re.I)
    return None if found is None else "en" if found.group(1).lower() == "en" else "zh"


def chosen(value: str) -> Literal["zh", "en"]:
    """The language of messages a choice already made names (``--lang``'s, a caller's ``lang``):
    ``zh`` for ``zh``, else ``en`` — the one rule every layer uses (the commands, the register's
    words, an error's message)."""
    return "zh" if value == "zh" else "en"


def from_env() -> Literal["zh", "en"]:
    """The language ``$KESU_LANG`` asks for; unset, empty, a locale naming no language (``C``,
    ``C.UTF-8``, ``POSIX``) or unknown: ``zh`` (unknown: said on stderr, once a process, in both
    languages)."""
    value = os.environ.get("KESU_LANG", "")
    chosen = of(value)
    if chosen is None and value.strip() and not _NO_LANGUAGE.match(value) and value not in _said:
        if any(_QUIET):  # (a worker: its command said it; ``--lang``: the value is not used)
            return "zh"
        _said.add(value)
        shown = value.encode("unicode_escape", "backslashreplace").decode("ascii")[:40]
        print(
            f"kesu：KESU_LANG={shown} 不是 kesu 认识的语言（zh 或 en），消息使用中文 / "
            f"KESU_LANG={shown} is no language kesu knows (zh or en): messages are in Chinese",
            file=sys.stderr,
        )
    return chosen or "zh"


def said_by_the_command() -> None:
    """In a ``--jobs`` worker: an unknown ``$KESU_LANG`` is the command's to say, never a
    worker's (one started by spawn, as on Windows, is a fresh process: it said it again)."""
    _QUIET[0] = True


def chosen_on_the_command_line(value: str | None) -> None:
    """``--lang`` chose the language (``value``; None: a new command without it): an unknown
    ``$KESU_LANG`` is then not used, and not said."""
    _QUIET[1] = bool(value)
