"""Raw field values with their provenance → a typed record → the procedure's rules → problems.

This is the one path every source takes (Excel, PDF, JSON): extractors only find values and
say where they were; here they become a record, and every problem found carries the field
key, its label and the place in the source.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache, lru_cache
from typing import Annotated, Any

from pydantic import BaseModel, TypeAdapter, ValidationError
from pydantic_core import PydanticCustomError, PydanticUndefined

from .config import Settings
from .forms import Finding, Form, FormSpec, RuleContext, describe
from .forms.base import References, checked_value, validation_context
from .lazy_re import lazy_re
from .memos import memo
from .problems import Problem
from .values import blank, says_none

Path = tuple[str | int, ...]

_PYDANTIC_CODES = {
    "missing": "required",
    "too_short": "required",
    "enum": "invalid_choice",
    "date_parsing": "invalid_date",
    "date_from_datetime_parsing": "invalid_date",
    "date_type": "invalid_date",
    "date_from_datetime_inexact": "invalid_date",
    "int_parsing": "invalid_number",
    "int_type": "invalid_number",
    "int_from_float": "invalid_qty",
    "decimal_parsing": "invalid_number",
    "decimal_type": "invalid_number",
    "float_parsing": "invalid_number",
    "greater_than": "too_small",
    "greater_than_equal": "too_small",
    "less_than": "too_large",
    "less_than_equal": "too_large",
    "string_too_long": "too_long",
    "too_long": "too_long",
    "extra_forbidden": "unknown_field",
    "bool_parsing": "invalid_bool",
    "bool_type": "invalid_bool",
    "number_out_of_range": "number_out_of_range",
}


def path_str(path: Iterable[str | int]) -> str:
    """``("items", 2, "qty")`` → ``items[2].qty``."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


_PATH_PART = lazy_re(r"([^.\[\]]+)|\[(\d+)\]")


@memo
@lru_cache(maxsize=4096)  # a form's few paths, asked of every location looked up (issue 15)
def parse_path(text: str) -> Path:
    return tuple(int(i) if i else k for k, i in _PATH_PART.findall(text))


class Locations(dict):
    """Field path → where its value stood (``Sheet1!D7``); falls back to the nearest parent."""

    def at(self, path: str) -> str:
        parts = parse_path(path)
        while parts:
            hit = self.get(path_str(parts))
            if hit:
                return hit
            parts = parts[:-1]
        return self.get("", "")


def labels_for(spec: FormSpec, path: str) -> tuple[str, str]:
    """(zh, en) label of a field path; table cells read ``明细第3行 实退量``."""
    return _labels_of_model(spec.model, path)


# (issue 15: asked of every problem, provenance and warning a reader writes, ≈ 30 times a print,
# the same few paths of a form again and again). Kept by the form's model — all a label is made
# of, and hashed by identity, where the whole FormSpec would be hashed field by field — and its
# path; bounded, so a batch of long tables (a path a line) never grows it past 4,096 entries.
@memo
@lru_cache(maxsize=4096)
def _labels_of_model(model: type[BaseModel] | None, path: str) -> tuple[str, str]:
    zh: list[str] = []
    en: list[str] = []
    for part in parse_path(path):
        if isinstance(part, int):
            zh[-1:] = [f"{zh[-1]}第{part + 1}行" if zh else f"第{part + 1}行"]
            en[-1:] = [f"{en[-1]} row {part + 1}" if en else f"row {part + 1}"]
            continue
        meta = describe(model).get(part) if model is not None else None
        if meta is None:
            zh.append(part)
            en.append(part)
            model = None
            continue
        zh.append(meta.label_zh)
        en.append(meta.label_en)
        model = meta.row_model
    return " ".join(zh), " ".join(en)


def _partial_group(spec: FormSpec, key: str, value: Any) -> Any:
    """A group (the 8D's D2) or a table with a bad or missing cell keeps its good cells: a
    missing problem statement must not throw away the 5W2H answers read beside it, nor one
    unknown role the whole team. The bad cells are reported as errors all the same."""
    meta = spec.fields[key]
    if meta.kind == "table" and meta.row_model is not None and isinstance(value, list):
        # each line keeps its good cells and its place (errors name lines by their index)
        empty = {m: None for m in meta.row_model.model_fields}
        return [
            _partial_row(meta.row_model, row) or meta.row_model.model_construct(**empty)
            for row in value
            if isinstance(row, dict)
        ]
    if meta.kind != "group" or meta.row_model is None or not isinstance(value, dict):
        return None
    return _partial_row(meta.row_model, value)


def _partial_row(model: Any, value: dict[str, Any]) -> Any:
    kept: dict[str, Any] = {}
    for member in model.model_fields:
        if member not in value:
            continue
        adapter = _field_adapter(model, member)
        try:
            kept[member] = adapter.validate_python(value[member])
        except ValidationError:
            continue
    if not kept:
        return None
    return model.model_construct(**{m: kept.get(m) for m in model.model_fields})


@cache
def _field_adapter(model: Any, key: str) -> TypeAdapter:
    """A field's or a row / group member's type with its constraints (``Annotated[T, *metadata]``),
    built once per model and key: pydantic builds a schema for each new adapter (issue 15)."""
    info = model.model_fields[key]
    if not info.metadata:
        return TypeAdapter(info.annotation)
    params = (info.annotation, *info.metadata)
    return TypeAdapter(Annotated[params])  # type: ignore[arg-type]


def _problem_from_pydantic(spec: FormSpec, err: Any, locations: Locations) -> Problem:
    kind = err["type"]
    code = _PYDANTIC_CODES.get(kind, kind if kind.startswith("invalid_") else "invalid_value")
    path = path_str(_field_loc(spec, err["loc"]))
    params: dict[str, Any] = dict(err.get("ctx") or {})
    value = err.get("input")
    params.setdefault("value", "" if value is None or isinstance(value, dict) else value)
    params.setdefault("reason", err.get("msg", ""))
    if "limit" not in params:
        for key in ("gt", "ge", "lt", "le", "max_length", "min_length"):
            if key in params:
                params["limit"] = params[key]
    if code == "invalid_choice":
        meta = _meta_at(spec, err["loc"])
        if meta is not None and meta.term is not None:
            # short keys (responsibility codes A–N) are what clerks write; else the term (zh or en key)
            params["choices"] = [m.value if len(m.value) <= 2 else m for m in meta.term]
    if code == "unknown_field":
        params["value"] = path
    zh, en = labels_for(spec, path)
    return Problem(code, path, zh, en, locations.at(path), "error", params)


def _field_loc(spec: FormSpec, loc: tuple) -> tuple:
    """The field an error belongs to: a multi-choice cell (``退货、退款``) is one field, not rows."""
    model: type[BaseModel] | None = spec.model
    for n, part in enumerate(loc):
        if isinstance(part, int):
            continue
        meta = describe(model).get(part) if model is not None else None
        if meta is None:
            return loc
        if meta.kind == "terms":
            return loc[: n + 1]
        model = meta.row_model
    return loc


def _meta_at(spec: FormSpec, loc: tuple) -> Any:
    model: type[BaseModel] | None = spec.model
    meta = None
    for part in loc:
        if isinstance(part, int):
            continue
        meta = describe(model).get(part) if model else None
        if meta is None:
            return None
        model = meta.row_model
    return meta


def _not_applicable(spec: FormSpec, key: str, value: Any) -> bool:
    """无 or N/A in a field that is not yes/no: the clerk says it does not apply, as a blank does."""
    if not says_none(value):
        return False
    group, _dot, member = key.partition(".")
    meta = describe(spec.model).get(group)
    if member and meta is not None and meta.row_model is not None:
        meta = describe(meta.row_model).get(member)  # a group's member as a form prints it
    return meta is None or meta.kind != "bool"


def _clean(values: dict[str, Any], spec: FormSpec | None = None) -> dict[str, Any]:
    # a form's empty cells mean "not given": let defaults apply
    out: dict[str, Any] = {}
    for key, value in values.items():
        if blank(value):  # "/" or "-" says "nothing" as an empty cell does: a required field stays missing
            continue
        if spec is not None and _not_applicable(spec, key, value):
            continue
        if "." in key:  # a group's member as a form prints it ("problem.what") joins its group
            if value == []:
                continue  # an empty multi-choice cell: a group left blank stays absent
            group, member = key.split(".", 1)
            if isinstance(out.setdefault(group, {}), dict):
                out[group][member] = value
            continue
        if isinstance(value, dict):  # a group: its blank members are not given, an all-blank group is absent
            value = {
                **{k: v for k, v in value.items() if not blank(v) and v != []},
                **(out[key] if isinstance(out.get(key), dict) else {}),
            }
            if not value:
                continue
        out[key] = value
    return out


def build(
    spec: FormSpec, values: dict[str, Any], locations: Locations | None = None
) -> tuple[Form, list[Problem]]:
    """Validate raw values into a record. On type errors the record is partial (bad fields None)."""
    locations = locations if locations is not None else Locations()
    values = _clean(values, spec)
    try:
        return spec.model.model_validate(values, context=validation_context()), []
    except ValidationError as exc:
        problems = [_problem_from_pydantic(spec, e, locations) for e in exc.errors(include_url=False)]
    good: dict[str, Any] = {}
    for key in spec.model.model_fields:
        if key in values:
            try:
                value = _field_adapter(spec.model, key).validate_python(values[key])
                good[key] = checked_value(spec.model, key, value)
            except (ValidationError, PydanticCustomError):
                good[key] = _partial_group(spec, key, values[key])
        else:
            default = spec.model.model_fields[key].get_default(call_default_factory=True)
            # a required field's default is PydanticUndefined (not ...): a missing value is None
            good[key] = None if default is ... or default is PydanticUndefined else default
    return spec.model.model_construct(**good), problems


def check(record: Form, ctx: RuleContext, locations: Locations | None = None) -> list[Problem]:
    """The problems the form's rules find in ``record``, located; the record is left as it is.

    The fields the form derives (defect rate, severity, totals…) are :func:`derive`'s: run the
    rules on the record as read, then derive.
    """
    locations = locations if locations is not None else Locations()
    spec = record.spec
    return [_problem_from_finding(spec, f, locations) for f in record.rules(ctx)]


def derive(record: Form, settings: Settings, *, copy: bool = True) -> Form:
    """A copy of ``record`` with the fields its form derives filled in (a complaint's defect rate
    and severity, an allowance's totals, an 8D's status…); ``record`` is left as it is.
    ``copy=False`` fills them in ``record`` itself (a batch being checked owns its records).

    >>> from kesu_docs import forms
    >>> from kesu_docs.config import Settings
    >>> read = forms.get("8d").model.model_construct(status=None, closure=None)
    >>> derive(read, Settings()).status.value, read.status
    ('open', None)
    """
    derived = record.model_copy(deep=True) if copy else record
    derived.complete(settings)
    return derived


def _problem_from_finding(spec: FormSpec, finding: Finding, locations: Locations) -> Problem:
    zh, en = labels_for(spec, finding.field)
    return Problem(
        finding.code,
        finding.field,
        zh,
        en,
        locations.at(finding.field),
        finding.severity,
        dict(finding.params),
    )


def validate_record(
    record: Form | dict[str, Any],
    kind: str | None = None,
    *,
    settings: Settings | None = None,
    register: References | None = None,
) -> list[Problem]:
    """Check a record built in Python (or a dict) against its form: type errors and rules.

    >>> from kesu_docs.validation import validate_record
    >>> [p.code for p in validate_record({"customer": "A"}, "complaint")][:1]
    ['required']
    """
    from . import forms
    from .config import settings as current

    if isinstance(record, Form):
        spec, values = record.spec, record.model_dump()
    else:
        values = dict(record)
        spec = forms.get(kind or values.pop("kind", None))  # (none named: UnknownKind, not KeyError)
        values.pop("kind", None)
    built, problems = build(spec, values)
    ctx = RuleContext(settings or current(), register)
    return problems + check(built, ctx)
