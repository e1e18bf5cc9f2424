"""A person named as an online sheet or a chat tool names them: an ``@`` mention (腾讯文档,
飞书, 钉钉, an online tracker: ``@赵敏``, ``@张伟 @李娜 @王强``, ``@Alan Brooks, @Li Na``). The
``@`` is the tool's mark of a link to the person, no letter of the name: the name is what
follows it. A mail address (``li.na@example.com``) is no mention: an ``@`` begins one only at
the text's start or after a space or a list's separator."""

from __future__ import annotations

import re

from ..lazy_re import lazy_re

# an @ that begins a mention: at the start, or after a space or a list's separator
_MENTION_AT = lazy_re(r"(?:^|(?<=[\s,，、;；/]))[@＠](?=\S)")
# what may stand between two mentions, or after the last
_BETWEEN = " \t\n,，、;；/"


def mentioned(text: str) -> list[str] | None:
    """The names of a text made of ``@`` mentions only (``@张伟 @李娜``, ``@Li Na, @Omar
    Haddad``), in their order; None when the text holds no mention or holds other words before
    the first (``请 @张伟 确认``: a comment, not a list of people)."""
    if not isinstance(text, str) or not _MENTION_AT.search(text):
        return None
    head, *parts = _MENTION_AT.split(text.strip())
    if head.strip(_BETWEEN) or not parts:
        return None
    names = [p.strip(_BETWEEN) for p in parts]
    if not all(names) or any("@" in n or "＠" in n for n in names):
        return None
    return [re.sub(r"\s+", " ", n) for n in names]


def mention_alone(text: str) -> str | None:
    """The name of a text that is one ``@`` mention (``@赵敏``), or None."""
    names = mentioned(text)
    return names[0] if names is not None and len(names) == 1 else None
