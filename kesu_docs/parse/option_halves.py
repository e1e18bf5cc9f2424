"""A ticked option printed in two languages whose halves name different options (issue 10).

A bilingual form prints each option with its translation, ``☑ Naprawa / Rework ☐ Złomowanie /
Scrap``; the translation is not always the same option: Polish *naprawa* is a repair, the English
half a rework, and ``Hurda / Rework`` (Turkish scrap beside English rework) has been seen on a
customer's form. The box ticks ONE printed option, so the two halves cannot both be read, and
neither may be taken silently:

- the half read is the one in the language the form's other options say is the language of the
  choices: the half (first or second) that names an option on every other option of the line,
  where the other half does not; failing that, the half of the field's own bilingual label that
  names the field (``İşlem / Handling``: the second); failing that, the one half naming an
  option at all (``Naprawa / Rework``: Naprawa names none of ours);
- whichever is read, a warning on the field says what the halves name and what was read
  (``option_halves_differ``); where no half can be chosen the option is not read
  (``option_halves_unread``) — never both options for one tick.

A lone value written without boxes (``Naprawa / Rework`` typed in the cell) is the same one
option when one of its halves names nothing (two options of ours listed, ``Scrap / Rework``,
are two choices, as written).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from ..lazy_re import lazy_re
from ..problems import Bilingual
from ..values import Term, box_words, checked_options, chinese_word, halfwidth

MESSAGES: dict[str, tuple[str, str]] = {
    "option_halves_differ": (
        "{label}：勾选的选项“{option}”两种语言的写法所指不同（“{first}”是{first_is}，“{second}”是"
        "{second_is}），已按{why}读作“{read}”，请核对",
        "{label}: the option '{option}' is printed in two languages that name different options "
        "('{first}' is {first_is}, '{second}' is {second_is}); read as {read} ({why}), please check",
    ),
    "option_halves_unread": (
        "{label}：勾选的选项“{option}”两种语言的写法所指不同（“{first}”是{first_is}，“{second}”是"
        "{second_is}），看不出选的是哪一项，未读取，请核对",
        "{label}: the option '{option}' is printed in two languages that name different options "
        "('{first}' is {first_is}, '{second}' is {second_is}); which one is chosen cannot be told, "
        "not read, please check",
    ),
}

# why a half was read, in both languages (shown by :func:`kesu_docs.problems._show`)
_WHY = {
    "options": ("表上其他选项的同一语言", "the language the form's other options name theirs in"),
    "label": ("本栏标签的同一语言", "the language of the field's own label"),
    "only": ("唯一可识别的一半", "the only half naming an option"),
}
_NONE = ("不认识的词", "no option we know")

_HALVES = lazy_re(r"\s*/\s*")


def _halves(option: str) -> tuple[str, str] | None:
    parts = [p.strip() for p in _HALVES.split(option.strip())]
    return (parts[0], parts[1]) if len(parts) == 2 and all(parts) else None


def _named(term: type[Term], option: str) -> tuple[str, str, Term | None, Term | None] | None:
    """(first half, second half, what each names) for an option whose halves disagree: the two
    name different options, or one names an option and the other none — in the same script, or
    in another (a word we lack, ``Сортировка / Replacement``: :meth:`Term.lookup` reads the half we
    know, and the field says which half was left unread). None otherwise."""
    halves = _halves(option)
    if halves is None:
        return None
    first, second = (term.lookup(h) for h in halves)
    if first == second or (first is None and second is None):
        return None
    whole = term.lookup(option)
    if whole is not None and whole not in (first, second):
        return None  # the whole option is a word of ours with a slash in it
    return halves[0], halves[1], first, second


def halves_disagree(term: type[Term], options: Sequence[str]) -> bool:
    """Does any of ``options`` (ticked or typed) print two languages naming different options?
    Then the reader's looser readings of an option (a leading word) leave the value as printed
    for :func:`mend_halves` to resolve and say."""
    return any("/" in o and _named(term, halfwidth(o)) is not None for o in options)


def _position_of_options(term: type[Term], others: Sequence[str]) -> int | None:
    """The half (0, 1) that names an option on every other option printed with halves, where
    the other half does not: the language the form's choices are read in."""
    pairs = [h for h in map(_halves, others) if h is not None]
    if not pairs:
        return None
    named = [all(term.lookup(p[i]) is not None for p in pairs) for i in (0, 1)]
    return named.index(True) if named.count(True) == 1 else None


@dataclass(frozen=True)
class Mended:
    """A choice's value with its disagreeing options resolved, and one warning's params per option."""

    value: str | None
    warnings: list[tuple[str, dict[str, Any]]]


def mend_halves(term: type[Term], value: Any, label_half: Callable[[], int | None]) -> Mended | None:
    """``value`` (a choice as read, boxes and all) with each ticked option whose halves name
    different options resolved as the module says; None when no option's halves disagree.
    ``label_half()``: the half of the field's label naming the field (0, 1), or None."""
    if not isinstance(value, str) or "/" not in value:
        return None
    text = halfwidth(value)
    ticked = checked_options(text)
    if ticked is None:
        lone = _named(term, text)  # a typed value: one option only when a half names nothing
        if lone is None or (lone[2] is not None and lone[3] is not None):
            return None
        if any(chinese_word(half) and named is None for half, named in zip(lone[:2], lone[2:], strict=True)):
            return None  # 挑选/Replacement: a Chinese word we lack is another option (values.chinese_word)
        ticked, others = [text.strip()], []
    else:
        others = box_words(text)
    if not any(_named(term, t) for t in ticked):
        return None
    read: list[str] = []
    warnings: list[tuple[str, dict[str, Any]]] = []
    for option in ticked:
        named = _named(term, option)
        if named is None:
            read.append(option)
            continue
        first, second, a, b = named
        rest = [o for o in others if o.strip() != option.strip()]
        position, why = _position_of_options(term, rest), "options"
        if position is None or (a, b)[position] is None:
            position, why = label_half(), "label"
        if position is None or (a, b)[position] is None:
            position, why = (0 if b is None else 1 if a is None else None), "only"
        params: dict[str, Any] = {
            "value": value if len(value) <= 60 else value[:59] + "…",
            "option": option,
            "first": first,
            "second": second,
            "first_is": a or Bilingual(*_NONE),
            "second_is": b or Bilingual(*_NONE),
        }
        if position is None:
            warnings.append(("option_halves_unread", params))
            continue
        chosen = (a, b)[position]
        assert chosen is not None
        read.append(chosen.value)
        warnings.append(("option_halves_differ", {**params, "read": chosen, "why": Bilingual(*_WHY[why])}))
    return Mended("、".join(read) or None, warnings)


def label_half(label: str, names_field: Callable[[str], bool]) -> int | None:
    """The half of a bilingual label (``İşlem / Handling``) naming its field, where the other does not."""
    halves = _halves(re.sub(r"[:：]", "", label))
    if halves is None:
        return None
    named = [names_field(h) for h in halves]
    return named.index(True) if named.count(True) == 1 else None
