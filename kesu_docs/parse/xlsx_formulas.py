"""A sheet's formulas worked out from the cells they read, for the two ways a workbook's saved
results can fail the clerk:

- **no saved result** — a workbook written by a program (an MES script, an invoicing service)
  carries ``<f>B6*1.25</f>`` and no ``<v>``: nobody calculated it;
- **a stale result** — a workbook saved with calculation set to manual (or by a tool that copied
  the old results) shows ``-1375.00`` under ``=-B6*C6`` while ``B6*C6`` is now 1100.

Only the arithmetic of forms is worked out: numbers, cells of the same sheet, ``+ - * / ^ %``
and ``SUM``, ``PRODUCT``, ``MIN``, ``MAX``, ``AVERAGE``, ``ABS``, ``ROUND``, ``ROUNDUP``,
``ROUNDDOWN``. Anything else (text, another sheet, a name, ``IF`` …) is left alone: the caller
keeps the saved result, or says the result is missing. openpyxl's :class:`Tokenizer` reads the
formula and its :class:`Translator` unfolds shared formulas; the sums are :class:`Decimal`, as
Excel shows money (``ROUND(1100*0.13,2)`` is 143.00, not 142.99999…).

(The ``formulas`` and ``pycel`` libraries evaluate whole workbooks, but pull in numpy and SciPy
— seconds of start-up for a form reader that needs the four rules of arithmetic.)
"""

from __future__ import annotations

import math
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass
from decimal import ROUND_DOWN, ROUND_HALF_UP, ROUND_UP, Decimal, InvalidOperation
from html import unescape
from typing import Any

from ..lazy_re import lazy_re
from .xlsx_parts import column_number

Cell = tuple[int, int]  # (row, column), 1-based

# a formula's cell: its reference, the formula, and — when no result follows (no ``<v>``, or an
# empty one) — the cell's end: a program wrote it and nothing calculated it
_FORMULA_CELL = lazy_re(
    rb'<(?:\w+:)?c\s(?P<cell>[^>]*?\br="(?P<col>[A-Z]{1,3})(?P<row>[0-9]+)"[^>]*)>\s*'
    rb"<(?:\w+:)?f\b(?P<attrs>[^>]*?)(?:/>|>(?P<text>[^<]*)</(?:\w+:)?f>)"
    rb"(?:\s*(?P<v><(?:\w+:)?v\s*/>|<(?:\w+:)?v>\s*</(?:\w+:)?v>)?\s*(?P<end></(?:\w+:)?c>))?"
)
# a formula element at all (a data validation's <formula1> is none): without one the long
# patterns need not be tried at every cell (issue 15)
_FORMULA_TAG = lazy_re(rb"<(?:\w+:)?f\b")
_ATTR = lazy_re(rb'\b(t|si|ref)="([^"]*)"')
_STR_RESULT = lazy_re(rb'\bt="str"')
_REF = lazy_re(r"^\$?([A-Z]{1,3})\$?([0-9]{1,7})$")
MAX_CELLS_IN_RANGE = 10_000


# what a formula fetches from outside the file: another workbook (``[1]Sheet1!A1`` as stored,
# ``'C:\\共享\\[报价.xlsx]Sheet1'!A1``), a program by DDE (``cmd|' /C calc'!A0``), the web or a
# real-time server (WEBSERVICE, RTD, CALL, REGISTER.ID); a text in quotes is no reference
_OUTSIDE = lazy_re(
    r"(?i)\[(?:\d+|[^\[\]]+\.(?:xls[xmb]?|csv|ods))\][^!]*!|\||"
    r"\b(?:WEBSERVICE|FILTERXML|RTD|CALL|REGISTER\.ID|IMPORTDATA|DDE|DDEAUTO)\s*\("
)
_QUOTED_TEXT = lazy_re(r'"(?:[^"]|"")*"')


def from_outside(formula: str) -> bool:
    """Does ``formula`` (without ``=``) fetch its result from outside the file (see _OUTSIDE)?"""
    return _OUTSIDE.search(_QUOTED_TEXT.sub('""', formula)) is not None


def has_formulas(xml: bytes) -> bool:
    """The sheet's XML holds a formula element."""
    return _FORMULA_TAG.search(xml) is not None


@dataclass(frozen=True)
class SheetFormulas:
    """A sheet's formulas, found in one scan of its XML."""

    texts: dict[Cell, str]  # every cell holding a formula → its text (without ``=``)
    uncached: frozenset[Cell]  # the cells holding a formula but no saved result


def sheet_formulas(xml: bytes) -> SheetFormulas:
    """Every cell of a sheet's XML holding a formula → its text (a shared formula's other cells
    get the master's text moved to their place, as Excel does), and the cells whose formula has
    no saved result (``<c><f>B10/F9</f></c>``). An empty ``<v></v>`` in a string cell
    (``t="str"``) is a result, the empty text of ``=IF(…,"","…")`` as LibreOffice saves it; in
    any other cell it is none."""
    if not has_formulas(xml):
        return SheetFormulas({}, frozenset())
    out: dict[Cell, str] = {}
    uncached: set[Cell] = set()
    masters: dict[str, tuple[str, str]] = {}  # si → (formula, its cell "D6")
    followers: list[tuple[Cell, str, str]] = []
    for m in _FORMULA_CELL.finditer(xml):
        cell = (int(m["row"]), column_number(m["col"].decode("ascii")))
        if m["end"] and not (m["v"] and _STR_RESULT.search(m["cell"])):
            uncached.add(cell)
        attrs = {k.decode(): v.decode() for k, v in _ATTR.findall(m["attrs"])}
        text = unescape(m["text"].decode("utf-8")) if m["text"] else ""
        if attrs.get("t") == "shared" and "si" in attrs:
            if text:
                masters[attrs["si"]] = (text, f"{m['col'].decode()}{m['row'].decode()}")
                out[cell] = text
            else:
                followers.append((cell, attrs["si"], f"{m['col'].decode()}{m['row'].decode()}"))
        elif text:
            out[cell] = text
    if followers:
        from openpyxl.formula.translate import Translator

        for cell, si, where in followers:
            if si in masters:
                text, origin = masters[si]
                try:
                    out[cell] = Translator("=" + text, origin=origin).translate_formula(where)[1:]
                except Exception:
                    continue
    return SheetFormulas(out, frozenset(uncached))


class Unworkable(Exception):
    """A formula outside the arithmetic of forms (text, another sheet, a name, ``IF`` …)."""


@dataclass(frozen=True)
class Worked:
    """A formula's cell worked out: its result, the result the file saved (None: none)."""

    formula: str
    value: Decimal
    saved: Any


def work_out(
    formulas: dict[Cell, str], saved: Callable[[Cell], Any], errors: Collection[Cell] = ()
) -> dict[Cell, Worked]:
    """Each formula of the sheet that can be worked out, from the cells it reads — a cell that is
    itself a formula by its own working out, never by its (possibly stale) saved result.
    ``saved(cell)`` gives the value the file holds in a cell (None or "" when empty); ``errors``
    are the cells whose saved result is an error (``#NUM!``, ``#N/A``): a result, not a missing
    one, so neither they nor a formula reading them is worked out (Excel carries the error on)."""
    done: dict[Cell, Decimal | None] = {}
    busy: set[Cell] = set()

    def value_of(cell: Cell) -> Decimal | None:
        if cell in errors:
            raise Unworkable(cell)
        if cell in formulas:
            if cell not in done:
                if cell in busy:  # a circular reference: Excel itself gives up
                    raise Unworkable(cell)
                busy.add(cell)
                try:
                    done[cell] = _finite(_Formula(formulas[cell], value_of, is_formula).result())
                except (Unworkable, InvalidOperation, ZeroDivisionError, OverflowError):
                    done[cell] = None
                finally:
                    busy.discard(cell)
            found = done[cell]
            if found is None:
                raise Unworkable(cell)
            return found
        return _number(saved(cell))

    def is_formula(cell: Cell) -> bool:
        return cell in formulas or cell in errors

    out = {}
    for cell, text in formulas.items():
        try:
            value = value_of(cell)
        except Unworkable:
            continue
        if value is not None:
            out[cell] = Worked(text, value, saved(cell))
    return out


def _finite(value: Decimal) -> Decimal:
    """A result a cell can hold: beyond a float's range (``10^400``) Excel shows ``#NUM!``,
    which kesu does not work out."""
    if not math.isfinite(float(value)):
        raise Unworkable(value)
    return value


def differs(worked: Worked) -> bool:
    """The saved result is a number other than the worked-out one (beyond the float's noise)."""
    saved = _number(worked.saved, strict=False)
    if saved is None:
        return False
    return abs(saved - worked.value) > Decimal("0.000001") * max(Decimal(1), abs(worked.value))


def _number(raw: Any, strict: bool = True) -> Decimal | None:
    """A cell's value as a number: empty → None (0 in a sum); anything not a number (text, a
    date, TRUE) → :class:`Unworkable` when ``strict``, else None."""
    if raw is None or raw == "":
        return None
    if type(raw) in (int, float):
        return Decimal(repr(raw)) if type(raw) is float else Decimal(raw)
    if strict:
        raise Unworkable(raw)
    return None


_INFIX = {"+": (3, 4), "-": (3, 4), "*": (5, 6), "/": (5, 6), "^": (7, 8)}  # all left to right, ^ too
_PREFIX_POWER = 9  # Excel: -2^2 is 4, negation before the power
_PERCENT_POWER = 10


def _rounding(mode: str) -> Callable[[Decimal, Decimal], Decimal]:
    def rounded(x: Decimal, digits: Decimal) -> Decimal:  # ROUND_HALF_UP: half away from zero
        return x.quantize(Decimal(1).scaleb(-int(digits)), rounding=mode)

    return rounded


_ROUND, _ROUNDUP, _ROUNDDOWN = _rounding(ROUND_HALF_UP), _rounding(ROUND_UP), _rounding(ROUND_DOWN)


def _numbers(args: list[list[Decimal | None]]) -> list[Decimal]:
    return [x for arg in args for x in arg if x is not None]


def _one(args: list[list[Decimal | None]], count: int) -> list[Decimal]:
    if len(args) != count or any(len(a) != 1 for a in args):
        raise Unworkable(args)
    return [a[0] if a[0] is not None else Decimal(0) for a in args]


# the functions whose range arguments skip text and empty cells; any other function's argument is
# one number, and text given to it (``ROUND(B6,2)`` with "待定" in B6) is not worked out
_OVER_RANGES = frozenset({"SUM", "PRODUCT", "MIN", "MAX", "AVERAGE"})

_FUNCTIONS: dict[str, Callable[[list[list[Decimal | None]]], Decimal]] = {
    "SUM": lambda a: sum(_numbers(a), Decimal(0)),
    "PRODUCT": lambda a: _product(_numbers(a)),
    "MIN": lambda a: min(_numbers(a), default=Decimal(0)),
    "MAX": lambda a: max(_numbers(a), default=Decimal(0)),
    "AVERAGE": lambda a: _average(_numbers(a)),
    "ABS": lambda a: abs(_one(a, 1)[0]),
    "ROUND": lambda a: _ROUND(*_one(a, 2)),
    "ROUNDUP": lambda a: _ROUNDUP(*_one(a, 2)),
    "ROUNDDOWN": lambda a: _ROUNDDOWN(*_one(a, 2)),
}


def _product(xs: list[Decimal]) -> Decimal:
    if not xs:
        return Decimal(0)  # Excel: PRODUCT of empty cells is 0, not the empty product 1
    out = Decimal(1)
    for x in xs:
        out *= x
    return out


def _average(xs: list[Decimal]) -> Decimal:
    if not xs:
        raise Unworkable("AVERAGE of nothing")  # Excel: #DIV/0!
    return sum(xs, Decimal(0)) / len(xs)


class _Formula:
    """One formula's tokens (openpyxl's Tokenizer) worked out by precedence climbing."""

    def __init__(
        self, text: str, value_of: Callable[[Cell], Decimal | None], worked: Callable[[Cell], bool]
    ) -> None:
        from openpyxl.formula import Tokenizer

        try:
            items = Tokenizer("=" + text).items
        except Exception as err:
            raise Unworkable(text) from err
        self.tokens = [t for t in items if t.type != "WHITE-SPACE"]
        self.at = 0
        self.value_of = value_of
        self.worked = worked  # the cell is a formula (not a saved value)

    def result(self) -> Decimal:
        value = self._expression(0)
        if self.at != len(self.tokens):
            raise Unworkable(self.tokens[self.at].value)
        return value

    def _peek(self) -> Any:
        return self.tokens[self.at] if self.at < len(self.tokens) else None

    def _take(self) -> Any:
        token = self._peek()
        if token is None:
            raise Unworkable("end of formula")
        self.at += 1
        return token

    def _expression(self, least: int) -> Decimal:
        left = self._operand()
        while (token := self._peek()) is not None:
            if token.type == "OPERATOR-POSTFIX" and token.value == "%":
                if least > _PERCENT_POWER:
                    break
                self.at += 1
                left = left / 100
                continue
            if token.type != "OPERATOR-INFIX":
                break
            if token.value not in _INFIX:
                raise Unworkable(token.value)  # & and comparisons: not the arithmetic of forms
            before, after = _INFIX[token.value]
            if before < least:
                break
            self.at += 1
            right = self._expression(after)
            left = _apply(token.value, left, right)
        return left

    def _operand(self) -> Decimal:
        token = self._take()
        if token.type == "OPERATOR-PREFIX":
            value = self._expression(_PREFIX_POWER)
            return -value if token.value == "-" else value
        if token.type == "OPERAND" and token.subtype == "NUMBER":
            return Decimal(token.value)
        if token.type == "OPERAND" and token.subtype == "RANGE":
            cells = _cells(token.value)
            if len(cells) != 1:
                raise Unworkable(token.value)
            return self.value_of(cells[0]) or Decimal(0)
        if token.type == "PAREN" and token.subtype == "OPEN":
            value = self._expression(0)
            if (close := self._take()).type != "PAREN" or close.subtype != "CLOSE":
                raise Unworkable(close.value)
            return value
        if token.type == "FUNC" and token.subtype == "OPEN":
            return self._function(token.value[:-1].upper().removeprefix("_XLFN."))
        raise Unworkable(token.value)

    def _function(self, name: str) -> Decimal:
        if name not in _FUNCTIONS:
            raise Unworkable(name)
        args: list[list[Decimal | None]] = []
        if (token := self._peek()) is not None and token.type == "FUNC" and token.subtype == "CLOSE":
            self.at += 1
            return _FUNCTIONS[name](args)
        while True:
            args.append(self._argument() if name in _OVER_RANGES else [self._expression(0)])
            token = self._take()
            if token.type == "FUNC" and token.subtype == "CLOSE":
                return _FUNCTIONS[name](args)
            if token.type != "SEP" or token.subtype != "ARG":
                raise Unworkable(token.value)

    def _argument(self) -> list[Decimal | None]:
        """A function's argument: a range's cells (text and empty cells skipped by the sum, as
        Excel skips them) or one value."""
        token = self._peek()
        after = self.tokens[self.at + 1] if self.at + 1 < len(self.tokens) else None
        ends = after is None or after.type == "SEP" or (after.type == "FUNC" and after.subtype == "CLOSE")
        if token is not None and token.type == "OPERAND" and token.subtype == "RANGE" and ends:
            self.at += 1
            return [self._in_range(cell) for cell in _cells(token.value)]
        return [self._expression(0)]

    def _in_range(self, cell: Cell) -> Decimal | None:
        """Text typed in a summed range is skipped, as Excel skips it; a formula in the range
        that is not worked out spoils the sum (its result may be a number)."""
        try:
            return self.value_of(cell)
        except Unworkable:
            if self.worked(cell):
                raise
            return None


def _apply(op: str, left: Decimal, right: Decimal) -> Decimal:
    if op == "+":
        return left + right
    if op == "-":
        return left - right
    if op == "*":
        return left * right
    if op == "/":
        return left / right
    return left**right


def _cells(ref: str) -> list[Cell]:
    """``$D$6:D7`` → its cells; a reference to another sheet, a name or a whole column is not
    worked out."""
    if "!" in ref:
        raise Unworkable(ref)
    ends = ref.split(":")
    if len(ends) > 2:
        raise Unworkable(ref)
    corners = []
    for end in ends:
        m = _REF.match(end.strip())
        if m is None:
            raise Unworkable(ref)
        corners.append((int(m[2]), column_number(m[1])))
    (r0, c0), (r1, c1) = corners[0], corners[-1]
    (r0, r1), (c0, c1) = sorted((r0, r1)), sorted((c0, c1))
    if (r1 - r0 + 1) * (c1 - c0 + 1) > MAX_CELLS_IN_RANGE:
        raise Unworkable(ref)
    return list(_area(r0, c0, r1, c1))


def _area(r0: int, c0: int, r1: int, c1: int) -> Iterator[Cell]:
    for r in range(r0, r1 + 1):
        for c in range(c0, c1 + 1):
            yield (r, c)
