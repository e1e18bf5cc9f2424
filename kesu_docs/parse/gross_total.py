"""A total printed under a label that may mean either figure: ``Total amount`` (an ERP's gross,
tax included, on a credit memo with ``Net value`` and ``VAT``), ``合计`` / ``总金额``. Our
allowance's ``total_excl_tax`` takes ``Total amount`` as one of its names; an ERP prints the
gross there. The reader checks the arithmetic before keeping such a reading:

- the figure equals the lines' allowances plus the stated tax (excl + tax = incl): it is the
  gross — it becomes the total (tax included) when the form gives none, the total excluding tax
  is left to be added up from the lines, and the move is warned (``total_read_as_gross``);
- the lines cannot tell (an amount missing) but the form states a tax and no total with tax:
  the figure is kept where it was read and warned, since it may include the tax.
Never a gross figure taken as the net silently.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ..problems import Problem
from ..terms import bare_total
from ..values import _money
from .boxes import Provenance
from .typed import foreign_amount

# this module's codes in the message catalogue (problems.py reads them on first look-up)
MESSAGES: dict[str, tuple[str, str]] = {
    "total_read_as_gross": (
        "“{printed}”{value} 等于明细合计 {net} 加税额 {tax}，是含税总计，已按总计读取，请核对",
        "'{printed}' {value} equals the lines' {net} plus the tax {tax}: it is the total with tax"
        " and was read as the total; please check",
    ),
    "total_may_include_tax": (
        "“{printed}”{value} 读作不含税合计，但表上另有税额 {tax} 而没有含税总计：它可能含税，请核对",
        "'{printed}' {value} was read as the total excluding tax, but the form states a tax of {tax}"
        " and no total with tax: it may include the tax; please check",
    ),
    "total_read_as_net": (
        "“{printed}”{value} 等于明细金额合计，而表上另有税额 {tax}：它是不含税合计，已按不含税合计读取，请核对",
        "'{printed}' {value} equals the sum of the lines' amounts and the form states a tax of {tax}:"
        " it is the total excluding tax and was read as such; please check",
    ),
}

_NET, _TAX, _GROSS = "total_excl_tax", "total_tax", "total"


def _amount(value: Any) -> Decimal | None:
    try:
        return _money(value)
    except Exception:
        return None


def gross_total(
    values: dict[str, Any], where: Any, provenance: dict[str, Provenance], fields: dict[str, Any]
) -> list[Problem]:
    """Check a total read as the one excluding tax against the lines and the tax; see the module
    docstring. Changes ``values`` (and where it came from) when the figure is the gross."""
    if not all(k in fields for k in (_NET, _TAX, _GROSS)) or values.get(_NET) is None:
        return []
    net, tax = _amount(values.get(_NET)), _amount(values.get(_TAX))
    if net is None or tax is None or tax <= 0 or values.get(_GROSS) is not None:
        return []
    lines = lines_sum(values, "allowance_amount", fields[_NET])
    label = provenance[_NET].label if _NET in provenance else ""
    location = where.get(_NET, "")
    if lines is not None:
        if net != lines + tax:
            return []  # the lines agree with it as the net (or the rules will say they do not)
        values[_GROSS] = values.pop(_NET)
        where[_GROSS] = where.pop(_NET, location)
        if _NET in provenance:
            p = provenance.pop(_NET)
            provenance[_GROSS] = Provenance(p.location, p.label, p.label_location, p.confidence, p.how)
        params = {"printed": label, "value": f"{net:,.2f}", "net": f"{lines:,.2f}", "tax": f"{tax:,.2f}"}
        return [Problem("total_read_as_gross", _GROSS, location=location, severity="warning", params=params)]
    params = {"printed": label, "value": f"{net:,.2f}", "tax": f"{tax:,.2f}"}
    return [Problem("total_may_include_tax", _NET, location=location, severity="warning", params=params)]


def _figure(value: Any, meta: Any) -> Decimal | None:
    """An amount as printed with its currency (``1 746,00 Kč``, ``14.310,00 kr.``) for comparing
    figures only, read as the reader reads a money field's foreign amount (``meta``: a money
    field's); a rate (``12.5%``) is no amount."""
    amount = _amount(value)
    if amount is not None or not isinstance(value, str):
        return amount

    read = foreign_amount(meta, value)
    return _amount(read[0]) if read else None


def lines_sum(values: dict[str, Any], column: str, meta: Any) -> Decimal | None:
    """The lines' ``column`` added up, when every line states it; None otherwise."""
    items = values.get("items")
    rows: list[Any] = items if isinstance(items, list) else []
    amounts = [_figure(r.get(column), meta) if isinstance(r, dict) else None for r in rows]
    if not amounts or any(a is None for a in amounts):
        return None
    return sum((a for a in amounts if a is not None), Decimal("0.00"))


def net_total(
    values: dict[str, Any],
    where: Any,
    provenance: dict[str, Provenance],
    fields: dict[str, Any],
    others: list[tuple[Any, str, str, str]],
) -> list[Problem]:
    """``Celkem / Total | 2 596,00 | 545,16`` under the lines' net and tax columns, the gross
    ``K úhradě / Total credit | 3 141,16`` on a line of its own: a total read as the gross that
    equals the lines' amounts added up, on a form stating a tax, is the total excluding tax. It
    moves there (when no figure was read for it), warned (``total_read_as_net``); the gross is
    then another figure read for the total (``others``: value, place, label, label's place) that
    equals the lines plus the tax, if one does — else left to the rules."""
    if not all(k in fields for k in (_NET, _TAX, _GROSS)) or values.get(_NET) is not None:
        return []
    meta = fields[_NET]
    gross = _figure(values.get(_GROSS), meta)
    lines = lines_sum(values, "allowance_amount", meta)
    tax = lines_sum(values, "tax", meta)  # the lines' own tax first: a figure by a tax word may be no tax
    tax = tax if tax is not None else _figure(values.get(_TAX), meta)
    if gross is None or lines is None or tax is None or tax <= 0 or gross != lines:
        return []
    label = provenance[_GROSS].label if _GROSS in provenance else ""
    if not bare_total(label):
        return []  # Grand total / 价税合计 / Total incl. VAT: the total with tax, whatever it equals
    location = where.get(_GROSS, "")
    values[_NET] = values.pop(_GROSS)
    where[_NET] = where.pop(_GROSS, location)
    if _GROSS in provenance:
        p = provenance.pop(_GROSS)
        provenance[_NET] = Provenance(p.location, p.label, p.label_location, min(p.confidence, 0.6), p.how)
    for value, place, printed, printed_at in others:
        if _figure(value, meta) == lines + tax:
            values[_GROSS] = value
            where[_GROSS] = place
            provenance[_GROSS] = Provenance(place, printed, printed_at, 0.6, "label-right:gross")
            break
    params = {"printed": label, "value": f"{lines:,.2f}", "tax": f"{tax:,.2f}"}
    return [Problem("total_read_as_net", _NET, location=location, severity="warning", params=params)]
