"""What every controlled form is made of: fields with labels, a spec, copies, rules.

A form module defines a :class:`Form` subclass (the record) whose fields are declared with
:func:`field`, and a module-level ``SPEC = FormSpec(...)``. Everything else — the blank Excel
form, the parser's field map, the JSON Schema, the template variables, the register's
columns — is derived from these two.
"""

from __future__ import annotations

import datetime as dt
import re
import string
import types
import typing
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from dataclasses import field as dc_field
from functools import cached_property
from typing import TYPE_CHECKING, Any, ClassVar, Literal, get_args, get_origin

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator
from pydantic.fields import FieldInfo
from pydantic_core import PydanticCustomError

from ..config import NUMBER_CHARS, Limits, Settings
from ..config import settings as current_settings
from ..lazy_re import lazy_re
from ..values import Shape, Term, check_chars, check_length, printable, round_money

if TYPE_CHECKING:
    from decimal import Decimal

Section = str
ValueKind = Literal[
    "text", "code", "date", "money", "qty", "ratio", "bool", "term", "terms", "table", "group", "number"
]

# the kinds whose value is a figure (a count, an amount, a rate, a plain number)
FIGURE_KINDS: frozenset[ValueKind] = frozenset({"qty", "money", "ratio", "number"})

COPY_ORDINALS = "一二三四五六七八九十"

# this module's codes in the message catalogue (problems.py reads them on first look-up)
MESSAGES: dict[str, tuple[str, str]] = {
    "line_amount_mismatch": (
        "金额 {stated} 与数量×单价不符：{qty} × {price} = {expected}",
        "Amount {stated} does not match qty × unit price: {qty} × {price} = {expected}",
    ),
}


def _empty_list() -> list[Any]:
    """``list`` as a default factory, in Python: pydantic reads a factory's signature, and a
    builtin's costs a compile of the tokenizer's patterns at start-up (~15 ms; issue 15)."""
    return []


class Alias(str):
    """A label of a field that names it only under a condition — told where the field is
    declared (the form module is the one description of a form) and read by the reader's
    vocabulary like every other label:

    - ``doubtful``: names its field only likely (an ERP's posting date, 過帳日期, is when the
      document was booked — a return's issue as a rule, its goods receipt at times): the value
      is read and always shown for checking;
    - ``code_only``: names a code field only where a code stands beside it (a bare ``Part`` on
      an 8D, which has no field for a part's name: ``Part | Plastic housing`` is left unread);
    - ``second``: a doubtful label another field has first — read for this field only where
      that one's value is read from a label of its own (a bare 业务 is the sales supervisor's
      sign-off, or — on a form printing 业务主管 too — the sales person who filled it in);
    - ``whole``: names its field only printed whole (an e-mail's ``Issue:``), never inside a
      longer text (``First issue`` is an edition, ``Issue No.`` a number);
    - ``inline``: (printed whole too) names its field only as a line's caption before its value
      in the same cell (an e-mail's ``Date: 2026-03-05``), never over a column (``Role | Name |
      Date``: each row's date is its own act's);
    - ``alone``: (doubtful too) names its person's field only where the form prints no label of
      another person's field of its section (a 折讓單 whose one signature is 經手人 / 經辦: the
      manager's; beside 主管 or 核准, the clerk who prepared it, no field's);
    - ``names_kind``: (doubtful too) counts towards the form's kind all the same where no title
      names it (a 钉钉 approval's ``审批编号``: the complaint's number only where the approval is
      the complaint, so always shown, yet an export headed by it is a complaint's)."""

    doubtful: bool
    code_only: bool
    second: bool
    whole: bool
    inline: bool
    alone: bool
    names_kind: bool

    def __new__(
        cls,
        text: str,
        *,
        doubtful: bool = False,
        code_only: bool = False,
        second: bool = False,
        whole: bool = False,
        inline: bool = False,
        alone: bool = False,
        names_kind: bool = False,
    ) -> Alias:
        self = super().__new__(cls, text)
        self.doubtful = doubtful or second or alone or names_kind
        self.names_kind = names_kind
        self.alone = alone
        self.code_only = code_only
        self.second = second
        self.whole = whole or inline
        self.inline = inline
        return self


def doubtful(text: str) -> Alias:
    """A label naming its field only likely (:class:`Alias`)."""
    return Alias(text, doubtful=True)


def second(text: str) -> Alias:
    """A doubtful label another field has first (:class:`Alias`)."""
    return Alias(text, second=True)


def code_only(text: str) -> Alias:
    """A label naming its code field only over a code (:class:`Alias`)."""
    return Alias(text, code_only=True)


def whole(text: str) -> Alias:
    """A label naming its field only printed whole, never inside a longer text (:class:`Alias`)."""
    return Alias(text, whole=True)


def inline(text: str) -> Alias:
    """A label naming its field only before its value in the same cell (:class:`Alias`)."""
    return Alias(text, inline=True)


def alone(text: str) -> Alias:
    """A label naming its person's field only as its section's one signature (:class:`Alias`)."""
    return Alias(text, alone=True)


# every currency's sign alone (``¥``, ``€``, ``NT$``, ``₦``, ``R$``) as a column's label: U+00A4, Unicode's
# sign of a currency unnamed, that the reader reads any sign alone as (parse.vocab.sign_alone: Unicode's
# class of currency symbols, after a country's capitals) — one rule, no list of the signs
ANY_CURRENCY_SIGN = "\u00a4"


# A part's number as the supplier's own label names it, beside the customer's on one form (an ERP
# prints both: 客户料号 | 我司料号): the record's part number is ours, the customer's is no field.
OWN_PART_LABELS = (
    "我司料号",
    "本厂料号",  # (本廠料號 folds to it)
    "我司品号",
    "本厂品号",
    "厂内料号",
    "Our P/N",
    "Our part no.",
    "Supplier P/N",
    "Supplier part no.",
    "Supplier part number",
)
# a garment's or a fabric's style number (款号 / 款號, Style No.): the product's code in the textile trade,
# the number its buyer orders and complains by (the colour number 色号 beside it is no part)
STYLE_LABELS = ("款号", "Style No.", "Style number")
# a machine's labels (a field service report's 设备名称 / 设备型号, a dealer's 整机型号 / Machine model, a field
# failure 8D's or a machine return's 机型): the part's name and number where the machine is what is complained of;
# beside a part's own label (品名, 零件名称, 料号, Part name, 产品名称) the machine the part failed in — read and
# said there (parse.value_cues.machine_beside_part)
MACHINE_NAME_LABELS = ("设备名称",)
MACHINE_MODEL_LABELS = ("设备型号", "整机型号", "Machine model")
MACHINE_TYPE_LABEL = "机型"  # (over a code only: code_only, on an 8D and a return line)
MACHINE_LABELS = (*MACHINE_NAME_LABELS, *MACHINE_MODEL_LABELS, MACHINE_TYPE_LABEL)
# the customer's own number for the part (the code on its drawing): read for the part number only
# where no label of ours stands, and then always warned (``doubtful``), never passed silently
CUSTOMER_PART_LABELS = (
    Alias("客户料号", doubtful=True),  # (客戶料號 folds to it)
    Alias("客户品号", doubtful=True),
    Alias("客户零件号", doubtful=True),
    Alias("Customer P/N", doubtful=True),
    Alias("Customer part no.", doubtful=True),
    Alias("Customer part number", doubtful=True),
    Alias("Cust. P/N", doubtful=True),
    Alias("Cust. part no.", doubtful=True),
    # a brand's or a retailer's own code for the item it buys (SKU, a packaging Component code): its number
    Alias("SKU", doubtful=True),
    Alias("Component code", doubtful=True),
)


def field(
    zh: str,
    en: str,
    *,
    aliases: tuple[str, ...] | list[str] = (),
    section: Section = "",
    long: bool = False,
    hint: str = "",
    rows: int = 0,
    **kwargs: Any,
) -> Any:
    """Declare a form field: its Chinese label, English label, other labels real forms use.

    ``long`` marks a text area (merged cells, value below the label); ``rows`` the number of
    printed rows of a table field; ``hint`` the input hint shown on the blank form.
    """
    if "default_factory" not in kwargs:
        kwargs.setdefault("default", None)
    elif kwargs["default_factory"] is list:
        kwargs["default_factory"] = _empty_list
    extra: dict[str, Any] = {"label_zh": zh, "aliases": list(aliases), "section": section}
    if long:
        extra["long"] = True
    if hint:
        extra["hint"] = hint
    if rows:
        extra["rows"] = rows
    return Field(title=en, json_schema_extra=extra, **kwargs)


def required(zh: str, en: str, **kwargs: Any) -> Any:
    """A field the procedure marks ``*``: the form is unfit to file without it."""
    kwargs["default"] = ...
    return field(zh, en, **kwargs)


@dataclass(frozen=True)
class FieldMeta:
    """Everything about one field of a form, derived from the model."""

    key: str
    label_zh: str
    label_en: str
    aliases: tuple[str, ...]
    section: Section
    required: bool
    kind: ValueKind
    annotation: Any
    long: bool = False
    hint: str = ""
    rows: int = 0
    term: type[Term] | None = None  # for kind term / terms
    row_model: type[Row] | None = None  # for kind table (its rows) and group (its fields)

    @property
    def labels(self) -> tuple[str, ...]:
        """Every label that may stand for this field on a form."""
        return (self.label_zh, self.label_en, *self.aliases)

    def label(self, lang: str = "zh") -> str:
        return self.label_zh if lang == "zh" else self.label_en

    def names_option(self, word: Any) -> bool:
        """Is ``word`` one of this field's options (组长, Champion; a term's zh, en, code or
        other words)? The one question the reader asks of a printed option word."""
        if self.term is None:
            return False
        try:
            return self.term.lookup(word) is not None
        except Exception:  # a term's own lookup refusing the text: no option of it
            return False


def _unwrap(annotation: Any) -> tuple[Any, bool]:
    """Strip Optional[...] and Annotated[...]: (inner type, is_list)."""
    origin = get_origin(annotation)
    if origin is typing.Annotated:
        return _unwrap(get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType):
        args = [a for a in get_args(annotation) if a is not type(None)]
        if len(args) == 1:
            return _unwrap(args[0])
    if origin is list:
        inner, _ = _unwrap(get_args(annotation)[0])
        return inner, True
    return annotation, False


def _shapes(annotation: Any) -> set[str]:
    """The :class:`Shape` names carried anywhere in an annotation (inside Optional, list…)."""
    found = {m.name for m in getattr(annotation, "__metadata__", ()) if isinstance(m, Shape)}
    for arg in get_args(annotation):
        found |= _shapes(arg)
    return found


def _value_kind(info: FieldInfo) -> tuple[ValueKind, Any]:
    from decimal import Decimal

    inner, is_list = _unwrap(info.annotation)
    # a required field's Annotated metadata is moved onto the FieldInfo by pydantic
    shapes = _shapes(info.annotation) | {m.name for m in info.metadata if isinstance(m, Shape)}
    if isinstance(inner, type) and issubclass(inner, Term):
        return ("terms" if is_list else "term"), inner
    if isinstance(inner, type) and issubclass(inner, BaseModel):
        # a list of rows is a table; a single nested model is a group of fields ("problem.what")
        return ("table" if is_list else "group"), inner
    if inner is dt.date:
        return "date", None
    if inner is bool:
        return "bool", None
    if inner is int:
        return "qty", None
    if inner is Decimal:
        return ("money" if "money" in shapes else "ratio" if "ratio" in shapes else "number"), None
    return ("code" if "code" in shapes else "text"), None


def describe(model: type[BaseModel] | None) -> dict[str, FieldMeta]:
    """The fields of a form or row model, in declaration order (a table's or group's ``row_model``)."""
    if model is None:
        raise TypeError("describe() needs a model: this field has no rows or parts")
    cached = model.__dict__.get("_kesu_fields")
    if cached is not None:
        return cached
    out: dict[str, FieldMeta] = {}
    for key, info in model.model_fields.items():
        extra: dict[str, Any] = info.json_schema_extra if isinstance(info.json_schema_extra, dict) else {}
        kind, ref = _value_kind(info)
        out[key] = FieldMeta(
            key=key,
            label_zh=extra.get("label_zh", key),
            label_en=info.title or key,
            aliases=tuple(extra.get("aliases", ())),
            section=extra.get("section", ""),
            required=info.is_required(),
            kind=kind,
            annotation=info.annotation,
            long=bool(extra.get("long")),
            hint=extra.get("hint", ""),
            rows=int(extra.get("rows", 0)),
            term=ref if kind in ("term", "terms") else None,
            row_model=ref if kind in ("table", "group") else None,
        )
    model._kesu_fields = out  # type: ignore[attr-defined]
    return out


@dataclass(frozen=True)
class Finding:
    """What a rule says about a record: a code, the field it concerns, and its parameters."""

    code: str
    field: str
    severity: Literal["error", "warning"] = "error"
    params: dict[str, Any] = dc_field(default_factory=dict)


def error(code: str, field: str, **params: Any) -> Finding:
    return Finding(code, field, "error", params)


def warning(code: str, field: str, **params: Any) -> Finding:
    return Finding(code, field, "warning", params)


class References(typing.Protocol):
    """What rules may ask about other documents: the register, and the batch at hand."""

    def find(self, kind: str, number: str) -> dict[str, Any] | None: ...


@dataclass
class RuleContext:
    """What a rule may consult besides the record itself."""

    settings: Settings
    register: References | None = None  # None: no register given (--db absent)
    batch: dict[tuple[str, str], dict[str, Any]] = dc_field(default_factory=dict)  # (kind, number) -> record
    # every record of the batch in order (numbered or not; a record or its JSON dump, an empty
    # dict for one that did not pass), and the position of the one checked
    documents: list[tuple[str, Any]] = dc_field(default_factory=list)
    index: int | None = None

    def find(self, kind: str, number: str) -> dict[str, Any] | None:
        """A document by kind and number: from this batch first, then the register."""
        hit = self.batch.get((kind, number))
        if hit is None and self.register is not None:
            hit = self.register.find(kind, number)
        return hit

    def is_void(self, kind: str, number: str) -> bool:
        """Whether the register holds that document as void (a batch's own documents never are)."""
        if (kind, number) in self.batch:
            return False
        entry = getattr(self.register, "entry", None)
        if entry is None:
            return False
        doc = entry(kind, number)
        return doc is not None and doc.status == "void"

    def followups(
        self, kind: str, complaint_number: str, this: dict[str, Any]
    ) -> list[tuple[str, dict[str, Any]]]:
        """The other documents of ``kind`` filed for a complaint: in the register (not void) and
        earlier in this batch; ``this`` record itself (by number, or by identical content) left out.

        Each is ``(its number or "", record)``; one document in both the register and the batch
        counts once.
        """

        def content(record: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in record.items() if k != "number"}

        mine = content(this)
        own_number = this.get("number") or None
        found: list[tuple[str, dict[str, Any]]] = []
        linked = getattr(self.register, "linked_records", None)
        if linked is not None:
            for number, record in linked(kind, complaint_number):
                if number != own_number and content(record) != mine:
                    found.append((number, record))
        seen_numbers = {n for n, _ in found}
        seen_contents = [content(r) for _, r in found]
        earlier = self.documents[: self.index] if self.index is not None else []
        for at, (other_kind, record) in enumerate(earlier):
            if other_kind != kind:
                continue
            if not isinstance(record, dict):  # a record of the batch, dumped on first use
                record = record.model_dump(mode="json", warnings=False)
                self.documents[at] = (other_kind, record)
            if record.get("complaint_number") != complaint_number:
                continue
            number = record.get("number") or ""
            if (number and (number == own_number or number in seen_numbers)) or content(record) in (
                mine,
                *seen_contents,
            ):
                continue
            found.append((number, record))
            seen_contents.append(content(record))
        return found


# ---------------------------------------------------------------------------------- value limits
PLAIN_NUMBER = lazy_re(r"[A-Za-z0-9_-]{1,32}")
"""A number from another system or a legacy one (``DH-KS-2609-017``): safe in a file name."""

CUSTOMER_NUMBER = lazy_re(r"[^\W_](?:[\w/.#()〔〕-]| (?! ))*")
"""A customer's own number as a clerk types it (``CCF/SG/26/0307``, ``RMA 26-0412``,
``No.2026/03-17``, a Chinese letter's reference ``绿湖施函〔2026〕017号`` — GB/T 9704 puts an
official document's year in 〔〕): letters of any script and digits, with ``/ - _ . # ( ) 〔 〕``
and single spaces between them. It names nothing as it is: a file name or a URL made of it is made safe where it
is made (filing.py ``output_name``, the web's case routes)."""
# what a path or a URL would read as a folder of its own: ``..``, an empty or a ``.`` segment
_NUMBER_PATHS = lazy_re(r"\.\.|//|/\.|\./")


def customer_number(value: str) -> bool:
    """``value`` may be kept as a customer's number: at most 32 characters, starting and ending
    with a letter or a digit, holding a digit (``待定``, ``见附件``, ``同上`` are words written where
    the number goes, not one); no ``..``, ``//``, no control character, nothing of ``\\ : * ? " < > |``."""
    return (
        len(value) <= 32
        and any(ch.isdigit() for ch in value)
        and value[-1:].isalnum()
        and CUSTOMER_NUMBER.fullmatch(value) is not None
        and _NUMBER_PATHS.search(value) is None
    )


_STRFTIME = {"Y": r"\d{4}", "y": r"\d{2}", "m": r"\d{2}", "d": r"\d{2}", "j": r"\d{3}", "%": "%"}


def number_regex(pattern: str, width: int = 3) -> re.Pattern[str]:
    """The numbers a numbering pattern (``{date:%Y%m}{serial:0{width}d}``) can produce."""
    out = ""
    for literal, name, spec, _conv in string.Formatter().parse(pattern):
        out += re.escape(literal)
        if name == "date":
            spec = spec or ""
            parts = re.split(r"%(.)", spec)
            for i, part in enumerate(parts):
                out += _STRFTIME.get(part, r"\d+") if i % 2 else re.escape(part)
        elif name is not None:
            out += r"\d+"
    return re.compile(out)


def ascii_digits(value: str) -> str:
    """A number's digits of any script as ASCII digits, its compatibility forms as their plain
    characters (NFKC): ``２０２６０９００１`` (full-width), ``٢٠٢٦٠٩٠٠١`` (Arabic-Indic),
    ``𝟐𝟎𝟐𝟔𝟎𝟗𝟎𝟎𝟏`` (mathematical bold), ``२०२६०९००१`` (Devanagari) are all 202609001 — one
    number in the register, never a second document under a number that reads as the first."""
    if value.isascii():
        return value
    value = unicodedata.normalize("NFKC", value)
    return "".join(
        str(unicodedata.decimal(ch)) if not ch.isascii() and ch.isdecimal() else ch for ch in value
    )


def check_number(spec: FormSpec, value: str) -> str:
    """A number given by a form: the kind's pattern, a plain identifier or a customer's own
    number (``CCF/SG/26/0307``, see ``customer_number``); else refused on its field.

    The number names the document's file and its page: anything else (``x/../../templates/complaint``,
    ``a\\b``, a NUL, 300 characters) must never reach the register or the output folder.
    """
    value = ascii_digits(value)
    if PLAIN_NUMBER.fullmatch(value) or customer_number(value):
        return value
    settings = current_settings()
    pattern = settings.numbering.get(spec.kind) or spec.numbering
    if number_regex(pattern, settings.serial_width).fullmatch(value) and len(value) <= NUMBER_CHARS:
        return value
    raise PydanticCustomError("invalid_doc_number", "not a document number", {"value": printable(value)})


LIMITS_CONTEXT = "kesu_limits"
"""The key of a validation's context (``model_validate(values, context=…)``) holding the
``kesu.toml [limits]`` in force (:func:`validation_context`): :func:`checked_value` takes them
there rather than ask :func:`~kesu_docs.config.settings` for each text of a record (≈ 10 a
document, each looking ``KESU_CONFIG`` up in ``os.environ``, which raises and catches a
``KeyError`` when it is not set: 1 % of the instructions of ``kesu render``, issue 15)."""


def validation_context(settings: Settings | None = None) -> dict[str, Any]:
    """The context of one record's validation: the limits of ``settings`` (else those in force)."""
    return {LIMITS_CONTEXT: (settings or current_settings()).limits}


def _context_limits(info: ValidationInfo) -> Limits | None:
    context = info.context
    return context.get(LIMITS_CONTEXT) if type(context) is dict else None


def checked_value(model: type[BaseModel], key: str, value: Any, limits: Limits | None = None) -> Any:
    """``value`` of field ``key`` when it can be stored and printed: no illegal characters, no
    longer than the field's limit (``kesu.toml [limits]``: ``limits``, else those in force), a
    safe document number."""
    if isinstance(value, list):
        for item in value:
            if isinstance(item, str) and not isinstance(item, Term):
                check_chars(item)
        return value
    if not isinstance(value, str) or isinstance(value, Term):
        return value
    meta = describe(model).get(key)
    check_chars(value)
    if meta is None:
        return value
    if limits is None:
        limits = current_settings().limits
    if meta.kind == "code":
        check_length(value, limits.code_chars)
    else:
        check_length(value, limits.text_chars if meta.long else limits.line_chars)
    if key == "number" and issubclass(model, Form):
        return check_number(model.spec, value)
    return value


class Row(BaseModel):
    """A line of a table on a form (item lines, team members, penalties)."""

    model_config = ConfigDict(
        extra="forbid", use_enum_values=False, validate_assignment=False, defer_build=True
    )

    @field_validator("*", mode="after")
    @classmethod
    def _limits(cls, value: Any, info: ValidationInfo) -> Any:
        return checked_value(cls, info.field_name or "", value, _context_limits(info))


class Group(Row):
    """A block of fields printed together under one heading (the 8D's D2 problem, D8 closure).

    A group holds plain fields only (no tables); its field paths read ``problem.what``.
    """


def reference(ctx: RuleContext, field_key: str, kind: str, number: str) -> Iterator[Finding]:
    """A reference to another document: an error when the register lacks it or holds it void,
    a warning without a register.

    The batch being checked counts as known documents (``ctx.find`` looks there first).
    """
    if ctx.find(kind, number) is not None:
        if ctx.is_void(kind, number):
            yield error("reference_void", field_key, value=number)
        return
    if ctx.register is None:
        yield warning("reference_unchecked", field_key, value=number)
    else:
        yield error("reference_not_found", field_key, value=number)


def line_amount_rule(
    index: int, key: str, stated: Decimal | None, qty: Decimal | int | None, price: Decimal | None
) -> Finding | None:
    """A line's amount (``items[index].key``) against its qty × unit price, rounded to the cent:
    ``line_amount_mismatch`` when they disagree (its ``expected`` the worked-out amount); None
    when they agree or a figure is missing. The amount rule alone: a price printed for the whole
    line is the reader's to tell (it sees the text)."""
    if stated is None or qty is None or price is None:
        return None
    expected = round_money(qty * price)
    if stated == expected:
        return None
    return error(
        "line_amount_mismatch",
        f"items[{index}].{key}",
        stated=stated,
        qty=qty,
        price=price,
        expected=expected,
    )


class Form(BaseModel):
    """Base of every controlled form's record."""

    model_config = ConfigDict(extra="forbid", validate_assignment=False, defer_build=True)

    spec: ClassVar[FormSpec]
    if TYPE_CHECKING:  # every form declares its own ``number`` field; the checker sees it here
        number: str | None

    @field_validator("*", mode="after")
    @classmethod
    def _limits(cls, value: Any, info: ValidationInfo) -> Any:
        return checked_value(cls, info.field_name or "", value, _context_limits(info))

    def complete(self, settings: Settings) -> None:
        """Fill derived fields (defect rate, severity, totals) in place. Override per form."""

    def derived_facts(self) -> dict[str, str]:
        """What the reader found of the form beside its fields (an allowance's currency: ``currency``),
        printed in the record by ``kesu parse`` and taken back from a record read as JSON; none here."""
        return {}

    def rules(self, ctx: RuleContext) -> Iterator[Finding]:
        """The procedure's rules across fields; yield a Finding per breach. Override per form."""
        return iter(())

    def document_date(self) -> dt.date | None:
        """The date whose period numbers this document (DOMAIN §2)."""
        return getattr(self, self.spec.date_field, None)

    def to_json(self) -> dict[str, Any]:
        return self.model_dump(mode="json", exclude_none=False)


@dataclass(frozen=True)
class CopySpec:
    """One copy (联) of a document: its ordinal, the department that keeps it, its colour."""

    ordinal: int
    dept: str
    colour: str = ""

    @property
    def ordinal_zh(self) -> str:
        return f"第{COPY_ORDINALS[self.ordinal - 1]}联"

    @property
    def label(self) -> str:
        """The routing stamp: ``第一联 质量管理部存``."""
        return f"{self.ordinal_zh} {self.dept}"


def copies(*depts: str, colours: tuple[str, ...] = ("白", "红", "黄", "蓝", "绿")) -> tuple[CopySpec, ...]:
    """Copies in routing order, coloured 白 红 黄 蓝 绿 (DOMAIN §3)."""
    return tuple(CopySpec(i + 1, d, colours[i] if i < len(colours) else "") for i, d in enumerate(depts))


@dataclass(frozen=True)
class SectionFields:
    """A printed block of a form: its section's heading and its fields in declaration order."""

    key: str  # "" for the fields of no declared section
    zh: str
    en: str
    fields: tuple[FieldMeta, ...]


# the heading of fields no declared section holds (none in today's forms)
OTHER_SECTION = ("", "其他", "Other")


# The sign-off block every controlled document and blank carries (DOMAIN §6): printed text, never
# a field of the form: 制作 Prepared By · 审核 Check By · 核准 Approved By.
SIGNATURES: tuple[tuple[str, str], ...] = (("制作", "Prepared"), ("审核", "Checked"), ("核准", "Approved"))
# The captions of the stamp / sign-off boxes over a form's foot, beyond the forms' own
# (SIGNATURES): customers' (承認 | 審查 | 作成, 批准 | 编制, Approved | Reviewed | Prepared by): roles,
# never a person's name nor a field's label. Chinese as the reader folds them (simplified); the
# words in letters each alone or before ``by`` (``Checked by``, ``Reviewed``).
CUSTOMERS_SIGN_OFF: tuple[str, ...] = (
    "承认",
    "审查",
    "审批",
    "审定",
    "作成",
    "作成者",
    "担当",
    "检印",
    "検印",
    "确认",
    "批准",
    "复核",
    "会签",
    "编制",
    "拟制",
    "制表",
    "制单",
    "经办",
    "主管",
    "经理",
    "部长",
    "课长",
    "厂长",
    "签核",
    "签名",
    "签字",
    "盖章",
)
CUSTOMERS_SIGN_OFF_EN: tuple[str, ...] = ("reviewed", "verified", "issued", "released", "drawn", "signed")
# The other titles of a sign-off grid (财务 | 经办人 | 审核 …, a voucher's or a receipt's foot): the
# departments and clerks who sign beside the roles, and the grid's date and name columns — a title
# over a signature, never a value of its own (Chinese as the reader folds them; letters lower case).
SIGN_OFF_GRID: tuple[str, ...] = (
    "财务", "会计", "出纳", "经办人", "承办", "承办人", "核定", "总经理", "副总", "业务", "品管", "品保", "仓库",
    "仓管", "签收", "签章", "填表", "填表人", "日期", "signature", "date", "name",
)  # fmt: skip


def sign_off_captions() -> tuple[str, ...]:
    """Every sign-off caption in Chinese: the forms' own (:data:`SIGNATURES`, as they are now)
    and then customers' (:data:`CUSTOMERS_SIGN_OFF`)."""
    return tuple(dict.fromkeys((*(zh for zh, _en in SIGNATURES), *CUSTOMERS_SIGN_OFF)))


def sign_off_captions_en() -> tuple[str, ...]:
    """Every sign-off caption in letters, lower case: the forms' own and then customers'."""
    return tuple(dict.fromkeys((*(en.lower() for _zh, en in SIGNATURES), *CUSTOMERS_SIGN_OFF_EN)))


# the captions as the forms' modules declare them (the reader asks the functions: a word added
# to SIGNATURES reaches it)
SIGN_OFF_CAPTIONS: tuple[str, ...] = sign_off_captions()
SIGN_OFF_CAPTIONS_EN: tuple[str, ...] = sign_off_captions_en()
# The document-control line over every blank: 表单编号 QR-047-01-A2　生效日期 2026-01-01.
CONTROL_LINE = ("表单编号", "生效日期")


@dataclass(frozen=True)
class FormSpec:
    """The controlled form: its code, revision, titles, copies and numbering."""

    kind: str
    code: str
    revision: str
    title_zh: str
    title_en: str
    model: type[Form]
    copies: tuple[CopySpec, ...]
    date_field: str  # the document's own date, which sets its period
    numbering: str = "{date:%Y%m}{serial:0{width}d}"  # formatted by register/numbering.py
    party_field: str = "customer"  # with date_field, the document's identity (DOMAIN §2)
    # the fields that make a form without a number the same case as a registered one (DOMAIN §2):
    # every one filled on both must be equal
    natural_key: tuple[str, ...] = ()
    template: str = ""  # DOCX template file name under templates/
    marks: tuple[str, ...] = ()  # printed on every copy, e.g. 内部文件 不得影印送客户
    title_aliases: tuple[str, ...] = ()  # other titles real forms carry, for kind detection
    sections: tuple[tuple[str, str, str], ...] = ()  # (key, zh, en) in print order
    # the text of what went wrong (a path of leaf_fields): what a form's first section, printed
    # with no label of its own over a numbered 2、原因分析, tells of (the reader reads it there)
    problem_field: str = ""

    def __post_init__(self) -> None:
        if {"/", "\\"} & set(self.template) or self.template in (".", ".."):
            # a file in the templates folder: where documents may not be written knows no other
            # (render/outputs.py Templates)
            raise ValueError(f"{self.kind}: template {self.template!r} is not a file name")
        self.model.spec = self  # the record knows its form

    def __hash__(self) -> int:
        # a key of the readers' caches, asked for every text: its kind, code and revision
        # name it (equal forms share them), not a hash of every copy and section (issue 15)
        return hash((self.kind, self.code, self.revision))

    @property
    def form_code(self) -> str:
        """``QR-047-01-A2``."""
        return f"{self.code}-{self.revision}"

    @cached_property
    def fields(self) -> dict[str, FieldMeta]:
        return describe(self.model)

    @property
    def identity(self) -> tuple[str, str]:
        """The fields that must not change between revisions: the party and the document's date."""
        return (self.party_field, self.date_field)

    @property
    def titles(self) -> tuple[str, ...]:
        return (self.title_zh, self.title_en, *self.title_aliases)

    def grouped(self) -> list[SectionFields]:
        """The fields by section in print order; those of no declared section last (其他 / Other).

        The blanks (Excel, PDF) and the renderer print the form in this one order.
        """
        declared = {key for key, _, _ in self.sections}
        out = [
            SectionFields(key, zh, en, tuple(m for m in self.fields.values() if m.section == key))
            for key, zh, en in self.sections
        ]
        rest = tuple(m for m in self.fields.values() if m.section not in declared)
        if rest:
            out.append(SectionFields(*OTHER_SECTION, rest))
        return out

    @cached_property
    def leaf_fields(self) -> dict[str, FieldMeta]:
        """Path → meta of every single-valued place of the form: top-level fields, tables
        (one entry: their rows are records), and the members of a group (``problem.what``)."""
        out: dict[str, FieldMeta] = {}
        for key, meta in self.fields.items():
            if meta.kind == "group" and meta.row_model is not None:
                for sub, sub_meta in describe(meta.row_model).items():
                    out[f"{key}.{sub}"] = sub_meta
            else:
                out[key] = meta
        return out

    @cached_property
    def field_paths(self) -> tuple[str, ...]:
        """Every path a value can sit at, a table's columns as ``items[].qty``.

        >>> from kesu_docs import forms
        >>> [p for p in forms.get("allowance").field_paths if p.startswith(("seller", "items"))][:4]
        ['seller.name', 'seller.tax_id', 'items[].name', 'items[].qty']
        """
        out: list[str] = []
        for path, meta in self.leaf_fields.items():
            if meta.kind == "table" and meta.row_model is not None:
                out += [f"{path}[].{column}" for column in describe(meta.row_model)]
            else:
                out.append(path)
        return tuple(out)
