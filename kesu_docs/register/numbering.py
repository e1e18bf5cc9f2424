"""Document numbers (DOMAIN §2): a pattern per form kind, the serial restarting per period.

The default pattern ``{date:%Y%m}{serial:0{width}d}`` gives ``202609001`` for the first
document dated September 2026; ``{serial:03d}`` simply prints ``1000`` past 999, so the
number grows instead of failing. The counter's *scope* is the pattern with the serial left
out (``202609{serial}``): a daily pattern (``{date:%Y%m%d}…``) restarts every day, a monthly
one every month, without the register knowing which.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from dataclasses import dataclass

from ..config import Settings
from ..forms import FormSpec
from ..memos import memo
from .errors import RegisterError

SLOT = "{serial}"
BARE = "{date:%Y%m}{serial:0{width}d}"  # every kind's pattern before the follow-up kinds had prefixes


class _Slot:
    """Stands in for the serial when the pattern is rendered into a counter scope."""

    def __format__(self, _spec: str) -> str:
        return SLOT


_MARK = "\x00serial\x00"  # where the serial goes (no date's text, nor a pattern, holds a NUL)


class _Spec:
    """Stands in for the serial when a date's numbers are made: keeps each format spec asked."""

    def __init__(self) -> None:
        self.specs: list[str] = []

    def __format__(self, spec: str) -> str:
        self.specs.append(spec)
        return _MARK


@dataclass(frozen=True)
class Numbering:
    """How one kind of document is numbered."""

    pattern: str
    width: int

    @classmethod
    def of(cls, spec: FormSpec, settings: Settings, *, legacy: bool = False) -> Numbering:
        """The pattern from ``kesu.toml [numbering] KIND = …``, else the form's own.

        ``legacy``: a register that numbered documents before the follow-up kinds had a prefix
        (``8D…``, ``TH…``, ``ZR…``) goes on with the bare pattern, so its series stay as they were.
        """
        default = BARE if legacy else spec.numbering
        return cls(settings.numbering.get(spec.kind) or default, settings.serial_width)

    def scope(self, date: dt.date) -> str:
        """The counter a document dated ``date`` draws from: ``202609{serial}``."""
        scope = _scope(self.pattern, self.width, date)
        if scope.count(SLOT) != 1:
            raise RegisterError("bad_numbering", pattern=self.pattern)
        return scope

    def number(self, date: dt.date, serial: int) -> str:
        """``202609001``; serial 1000 gives ``2026091000``."""
        return self.pattern.format(date=date, serial=serial, width=self.width)

    def numbers(self, date: dt.date) -> Callable[[int], str]:
        """:meth:`number` of ``date`` as a function of the serial, the date's part of the pattern
        formatted once (a batch's numbers of one month: one ``strftime``, not one a number)."""
        slot = _Spec()
        try:
            text = self.pattern.format(date=date, serial=slot, width=self.width)
        except Exception:  # (a pattern that asks more of the serial: formatted whole, each time)
            text = ""
        parts = text.split(_MARK)
        if len(parts) != 2 or len(slot.specs) != 1:  # the serial twice, or converted (``!r``)
            return functools.partial(self.number, date)
        head, tail = parts
        spec = slot.specs[0]
        return lambda serial: f"{head}{format(serial, spec)}{tail}"


@memo
@functools.lru_cache(maxsize=1024)
def _scope(pattern: str, width: int, date: dt.date) -> str:
    """A pattern's scope on ``date`` (the dates of a batch repeat: each formatted once)."""
    return pattern.format(date=date, serial=_Slot(), width=width)


def period(date: dt.date) -> str:
    """The period a document belongs to: ``202609`` (its own date, not the wall clock)."""
    if date.year >= 1000:  # as ``%Y%m`` writes it, without ``strftime`` (a tenth of filing's formatting)
        return f"{date.year}{date.month:02d}"
    return f"{date:%Y%m}"
