"""Document numbers (DOMAIN §2): a pattern per form kind, the serial restarting per period.

The default pattern ``{date:%Y%m}{serial:0{width}d}`` gives ``202609001`` for the first
document dated September 2026; ``{serial:03d}`` simply prints ``1000`` past 999, so the
number grows instead of failing. The counter's *scope* is the pattern with the serial left
out (``202609{serial}``): a daily pattern (``{date:%Y%m%d}…``) restarts every day, a monthly
one every month, without the register knowing which.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..config import Settings
from ..forms import FormSpec
from .errors import RegisterError

SLOT = "{serial}"
BARE = "{date:%Y%m}{serial:0{width}d}"  # every kind's pattern before the follow-up kinds had prefixes


class _Slot:
    """Stands in for the serial when the pattern is rendered into a counter scope."""

    def __format__(self, _spec: str) -> str:
        return SLOT


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
        scope = self.pattern.format(date=date, serial=_Slot(), width=self.width)
        if scope.count(SLOT) != 1:
            raise RegisterError("bad_numbering", pattern=self.pattern)
        return scope

    def number(self, date: dt.date, serial: int) -> str:
        """``202609001``; serial 1000 gives ``2026091000``."""
        return self.pattern.format(date=date, serial=serial, width=self.width)


def period(date: dt.date) -> str:
    """The period a document belongs to: ``202609`` (its own date, not the wall clock)."""
    return f"{date:%Y%m}"
