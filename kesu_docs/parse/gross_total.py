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
from .boxes import Provenance

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
}

_NET, _TAX, _GROSS = "total_excl_tax", "total_tax", "total"


def _amount(value: Any) -> Decimal | None:
    from ..values import _money

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
    items = values.get("items")
    rows: list[Any] = items if isinstance(items, list) else []
    amounts = [_amount(r.get("allowance_amount")) if isinstance(r, dict) else None for r in rows]
    known = [a for a in amounts if a is not None]
    label = provenance[_NET].label if _NET in provenance else ""
    location = where.get(_NET, "")
    if amounts and len(known) == len(amounts):
        lines = sum(known, Decimal("0.00"))
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
