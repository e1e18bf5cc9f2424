"""The procedure's thresholds, deadlines and bands: one configuration with the seeds' defaults.

A ``kesu.toml`` in the working directory (or the file named by ``KESU_CONFIG``) overrides any
value; see README "Configuration"::

    company = "某某电子股份有限公司"
    [deadlines]
    domestic_days = 13
    foreign_days = 17
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any, Literal, NamedTuple

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError

from .file_stamp import Stamp, stamp_of

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


def _no_entries() -> dict:  # (typed by each field)
    """``dict`` as a default factory, in Python: pydantic reads a factory's signature, and a
    builtin's costs a compile of the tokenizer's patterns at start-up (issue 15)."""
    return {}


def _not_a_switch(value: Any) -> Any:
    """``true`` where a number goes is a mistake, never 1 (pydantic would take it as 1)."""
    if isinstance(value, bool):
        raise ValueError("a boolean is not a number")
    return value


# numbers of kesu.toml: a boolean is refused; each field gives its bounds (README "Configuration")
Whole = Annotated[int, BeforeValidator(_not_a_switch)]
Amount = Annotated[Decimal, BeforeValidator(_not_a_switch)]
MAX_AMOUNT = Decimal("1000000000000")  # 1e12: no band or fine is larger


def _amount(default: str, le: Decimal = MAX_AMOUNT) -> Any:
    return Field(default=Decimal(default), ge=0, le=le, allow_inf_nan=False)


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Deadlines(_Section):
    domestic_days: Whole = Field(
        default=15, ge=1, le=365
    )  # close a domestic case within 15 days of registration
    foreign_days: Whole = Field(default=20, ge=1, le=365)  # foreign: 20 days (another seed version: 13/17)
    # the procedure's stage deadlines (DOMAIN §1), chained from registration: QA's report,
    # the responsible unit's reply, the GM office's opinion, the 8D report
    qa_report_days: Whole = Field(default=3, ge=0, le=365)
    reply_days: Whole = Field(default=3, ge=0, le=365)
    gm_opinion_days: Whole = Field(default=1, ge=0, le=365)
    eightd_days: Whole = Field(default=3, ge=0, le=365)


class SeverityRules(_Section):
    """The loss bands that grade a complaint's severity (the grades are :class:`kesu_docs.terms.Severity`)."""

    major_loss: Amount = _amount("10000")  # loss >= this: 重大
    general_below: Amount = _amount("5000")  # loss < this, no safety impact: 一般


class Approval(_Section):
    # loss <= sales_manager_max: 业务部经理; <= vice_gm_max: 副总经理; above: 总经理
    sales_manager_max: Amount = _amount("5000")
    vice_gm_max: Amount = _amount("50000")


class PenaltyRules(_Section):
    """The least fine per penalty kind (a complaint's penalty line is :class:`kesu_docs.forms.complaint.Penalty`)."""

    warning_min: Amount = _amount("100")
    minor_demerit_min: Amount = _amount("200")


SCORE = Decimal("100")  # a satisfaction score is out of 100


class Satisfaction(_Section):
    """Customer satisfaction (DOMAIN §4): survey score − 1 per complaint (≤ 5) − 2 per return (≤ 10)."""

    base_score: Amount = _amount("100", SCORE)  # the survey score of a customer with none on file
    per_complaint: Amount = _amount("1", SCORE)
    complaint_cap: Amount = _amount("5", SCORE)
    per_return: Amount = _amount("2", SCORE)
    return_cap: Amount = _amount("10", SCORE)
    # customer -> its survey score
    survey: dict[str, Annotated[Amount, Field(ge=0, le=SCORE, allow_inf_nan=False)]] = Field(
        default_factory=_no_entries
    )


class Limits(_Section):
    """What kesu reads and stores at most (README "Security and limits"); raise them in
    ``kesu.toml [limits]`` for legitimate big files."""

    # (each with the range kesu.toml may set it in: README "Security and limits")
    file_mb: Whole = Field(default=50, ge=1, le=4096)  # any input file on disk
    zip_member_mb: Whole = Field(default=50, ge=1, le=4096)  # one member of an .xlsx once uncompressed
    zip_total_mb: Whole = Field(default=200, ge=1, le=16384)  # all members of an .xlsx once uncompressed
    zip_ratio: Whole = Field(
        default=100, ge=2, le=10_000
    )  # uncompressed / compressed size of a member (above 1 MB)
    zip_members: Whole = Field(default=20_000, ge=10, le=1_000_000)  # members (files) in the zip of an .xlsx
    sheets: Whole = Field(default=1000, ge=1, le=100_000)  # sheets of one workbook
    # a sheet's name, in characters (Excel's own: 31; LibreOffice writes longer): each value's
    # place carries it, a name of millions a gigabyte of places
    sheet_name_chars: Whole = Field(default=255, ge=31, le=100_000)
    # cells of one worksheet (rows × columns filled)
    sheet_cells: Whole = Field(default=200_000, ge=1, le=100_000_000)
    pdf_pages: Whole = Field(default=200, ge=1, le=100_000)
    pdf_page_pt: Whole = Field(default=14_400, ge=100, le=200_000)  # a PDF page's width or height, in points
    # characters of one PDF page's text (a form's densest page: under 3,000; fine print: 20,000)
    pdf_page_chars: Whole = Field(default=30_000, ge=1_000, le=10_000_000)
    # form XObjects one PDF page draws, those drawn inside them counted each time (a 2.5 kB file
    # of seven forms each drawing the next ten times: 10 million draws, PDFium aborted at 2.6 GB)
    pdf_form_draws: Whole = Field(default=20_000, ge=100, le=10_000_000)
    # annotations (fillable fields' widgets, links, notes) of one PDF page, and of the whole
    # PDF: a real fillable form has tens to a few hundred on a page (a 40-row table of 12 field
    # columns: 480); 2,000 leaves four times that room. Every one is looked at by the field
    # reader (a page naming one widget 90,000 times kept it 2.7 s, 200,000 refused in pypdf's
    # English); 20,000 a file is 100 a page of a document at ``pdf_pages``
    pdf_page_annots: Whole = Field(default=2_000, ge=100, le=1_000_000)
    pdf_annots: Whole = Field(default=20_000, ge=100, le=10_000_000)
    # graphics-state saves and restores (``q``, ``Q``) of a PDF's page contents and forms, a
    # stream named again counted each time (128 kB of four pages of 31 MB of ``q`` each: 30 s and
    # 2.7 GB in PDFium); all their operators are bounded at ten times this (limits.ALL_OPERATORS_TIMES)
    pdf_operators: Whole = Field(default=2_000_000, ge=10_000, le=1_000_000_000)
    # one decoded content stream of a PDF (images are not decoded)
    pdf_stream_mb: Whole = Field(default=32, ge=1, le=4096)
    pdf_streams_mb: Whole = Field(default=128, ge=1, le=16384)  # all decoded content streams of a PDF
    json_records: Whole = Field(default=10_000, ge=1, le=1_000_000)  # records listed in one JSON file
    notes: Whole = Field(
        default=5000, ge=0, le=1_000_000
    )  # cell notes (comments) read from one comments part
    note_chars: Whole = Field(default=500_000, ge=0, le=100_000_000)  # their text, in characters
    text_chars: Whole = Field(default=4000, ge=1, le=1_000_000)  # a free-text field (description, cause…)
    line_chars: Whole = Field(
        default=200, ge=1, le=10_000
    )  # a one-line field (customer name, product, person…)
    code_chars: Whole = Field(default=64, ge=1, le=1000)  # an identifier (order no., part no., number…)


class DatabaseOptions(_Section):
    allow_foreign_tables: bool = False  # use a database that also holds other programs' tables


SERIAL_WIDTH_MAX = 9
"""The widest ``serial_width`` (the digits of a serial, zero-padded)."""


class Settings(_Section):
    company: str = Field(default="示范电子股份有限公司", min_length=1, max_length=200)
    issuing_unit: str = Field(default="质量管理部", min_length=1, max_length=200)
    effective_date: str = Field(default="2026-01-01", pattern=r"^\d{4}-\d{2}-\d{2}$")
    lang: Literal["zh", "en"] = "zh"
    deadlines: Deadlines = Field(default_factory=Deadlines)
    severity: SeverityRules = Field(default_factory=SeverityRules)
    approval: Approval = Field(default_factory=Approval)
    penalty: PenaltyRules = Field(default_factory=PenaltyRules)
    satisfaction: Satisfaction = Field(default_factory=Satisfaction)
    limits: Limits = Field(default_factory=Limits)
    database: DatabaseOptions = Field(default_factory=DatabaseOptions)
    over_acceptance_ratio: Amount = _amount("0.05", Decimal("1"))  # company default 超量允收比率
    tax_rate: Amount = Field(default=Decimal("0.13"), ge=0, lt=1, allow_inf_nan=False)
    serial_width: Whole = Field(default=3, ge=1, le=SERIAL_WIDTH_MAX)
    # kind -> numbering pattern; "{date:%Y%m}{serial:0{width}d}" is the default for every kind
    numbering: dict[str, str] = Field(default_factory=_no_entries)
    copy_colours: list[Annotated[str, Field(min_length=1, max_length=10)]] = Field(
        default_factory=lambda: ["白", "红", "黄", "蓝", "绿"], min_length=1, max_length=10
    )
    # layout profiles (kesu learn): this folder, relative to the kesu.toml it is set in
    profiles: str = Field(default="profiles", min_length=1, max_length=1000)


class Reason(NamedTuple):
    """Why a configuration cannot be used, in both languages (the CLI says the clerk's)."""

    zh: str
    en: str


class ConfigError(Exception):
    """The configuration file cannot be used; the message names the file, the key and the reason."""

    def __init__(
        self, path: Path, reason: str | Reason, *, about_lang: bool = False, lang: str | None = None
    ) -> None:
        said = reason if isinstance(reason, Reason) else Reason(reason, reason)
        super().__init__(f"{path}: {said.en}")
        self.path = path
        self.reason = said.en
        self.said = said
        self.about_lang = about_lang
        """Its ``lang`` is what cannot be used (``lang = "fr"``): the clerk's language is not
        known, so the CLI says it in both (:func:`kesu_docs.cli.common.config_error`)."""
        self.lang = lang
        """The language the file asks for where its ``lang`` itself is valid (``lang = "en"`` beside
        another bad key): the language the refusal is said in, unless ``--lang`` or ``$KESU_LANG``
        chose one."""

    def message(self, lang: str = "zh") -> str:
        """``kesu.toml: [limits] file_mb = -5：应为 1 到 4,096 之间的整数`` in the language asked."""
        return f"{self.path}：{self.said.zh}" if lang == "zh" else f"{self.path}: {self.said.en}"


SETTINGS_BYTES = 1024 * 1024
"""A settings file (kesu.toml) or a layout profile at most: kesu writes a few kB (the largest
profile of the tests' layouts is under 20 kB); a link to a log file or ``/dev/zero`` is not read
into memory."""


class NotSettingsText(ValueError):
    """A settings file or layout profile that is not read: no regular file, or too big."""

    def __init__(self, reason: Reason) -> None:
        super().__init__(reason.en)
        self.reason = reason


def read_settings_text(path: str | os.PathLike[str]) -> str:
    """The text of a settings file or a layout profile (UTF-8, a Notepad BOM dropped), read only
    when it is a regular file (a pipe named ``x.toml`` blocked kesu for ever, ``/dev/zero`` filled
    the memory) of :data:`SETTINGS_BYTES` at most; :class:`NotSettingsText` otherwise."""
    import stat

    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb") as file:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise NotSettingsText(
                Reason(
                    "不是普通文件（是管道、设备或文件夹），不读取",
                    "not a regular file (a pipe, a device or a folder): not read",
                )
            )
        data = file.read(SETTINGS_BYTES + 1)
    if len(data) > SETTINGS_BYTES:
        raise NotSettingsText(
            Reason(
                "文件过大（超过 1 MB；kesu 写出的只有几 KB），不读取",
                "too big (over 1 MB; kesu writes a few kB): not read",
            )
        )
    return data.decode("utf-8-sig")


def loads_toml(text: str) -> dict[str, Any]:
    """``tomllib.loads(text)``; arrays or tables nested thousands deep (``x = [[[[…]]]]``, a
    few kB in a 1 MB file) give :class:`NotSettingsText` rather than the parser's
    ``RecursionError`` (a traceback): no settings file or profile of kesu nests past three."""
    try:
        return tomllib.loads(text)
    except RecursionError:
        raise NotSettingsText(
            Reason(
                "数组或表格层层嵌套过深（kesu 的设置和版式档案只嵌套几层），不读取",
                "arrays or tables nested too deep (kesu's settings and profiles nest a few levels): not read",
            )
        ) from None


NO_SETTINGS = "none"
"""``KESU_CONFIG=none`` (any case): no settings file, not even ``./kesu.toml`` — the defaults
(a test suite run in a folder holding someone's kesu.toml, a script that must not depend on
the folder it is started in); said once a process on stderr. ``KESU_CONFIG`` set to nothing is
*not* this switch: it is unset (``./kesu.toml``), as a service manager's ``KESU_CONFIG=`` or a
compose file's ``${KESU_CONFIG}`` with the host's variable unset give it by accident."""

NO_SETTINGS_SAID = Reason(
    "kesu：KESU_CONFIG=none，不读取任何设置文件（kesu.toml），使用默认设置（演示公司名、默认编号）",
    "kesu: KESU_CONFIG=none: no settings file (kesu.toml) is read, the defaults are used "
    "(the demo company name, the default numbering)",
)
_said_no_settings = False


def _say_no_settings() -> None:
    """:data:`NO_SETTINGS_SAID` on stderr, once a process, in the clerk's language."""
    global _said_no_settings
    if not _said_no_settings:
        _said_no_settings = True
        from .language import from_env

        said = NO_SETTINGS_SAID.en if from_env() == "en" else NO_SETTINGS_SAID.zh
        print(said, file=sys.stderr)


def said_by_the_command() -> None:
    """In a ``--jobs`` worker: :data:`NO_SETTINGS_SAID` is the command's to say (it says it as
    it starts its workers, :class:`~kesu_docs.workers.Workers`), never a worker's — a worker
    started by spawn (Windows) is a fresh process, which said it again: once a command."""
    global _said_no_settings
    _said_no_settings = True


def say_no_settings_once() -> None:
    """:data:`NO_SETTINGS_SAID` now when ``KESU_CONFIG=none`` (once a process): a command that
    starts ``--jobs`` workers says it before they start, its workers never do."""
    if os.environ.get("KESU_CONFIG", "").strip().lower() == NO_SETTINGS:
        _say_no_settings()


def settings_file(path: str | os.PathLike | None = None) -> tuple[Path | None, bool]:
    """Where the settings are: (the file, whether it was named), the one rule of every look-up —
    ``path``, else ``$KESU_CONFIG`` (``none``: (None, False), no file at all, said once; set to
    nothing: as unset), else ``./kesu.toml``. A file named must be there; ``./kesu.toml`` may
    not be, but anything of that name (a pipe, a folder, a dangling link) is read and refused
    rather than passed over."""
    given = os.fspath(path) if path else os.environ.get("KESU_CONFIG", "")
    named = given if given.strip() else ""  # set to nothing (or blanks): as unset
    if named.strip().lower() == NO_SETTINGS:
        _say_no_settings()
        return None, False
    return Path(named or "kesu.toml"), bool(named)


def load_settings(path: str | os.PathLike | None = None) -> Settings:
    """Settings from ``path``, else ``$KESU_CONFIG`` (``none``: none), else ``./kesu.toml``,
    else the defaults (:func:`settings_file`)."""
    candidate, named = settings_file(path)
    if candidate is None:
        return Settings()
    if not os.path.lexists(candidate):
        if named:
            raise ConfigError(candidate, Reason("找不到此文件", "file not found"))
        return Settings()
    try:
        # "utf-8-sig": Windows Notepad's "UTF-8 with BOM" is UTF-8 too (TOML itself refuses the mark)
        data = loads_toml(read_settings_text(candidate))
        found = Settings.model_validate(data)
    except NotSettingsText as exc:
        raise ConfigError(candidate, exc.reason) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(
            candidate, Reason(f"不是有效的 TOML 格式{_toml_place(str(exc))}：{exc}", f"not valid TOML: {exc}")
        ) from None
    except UnicodeDecodeError as exc:  # saved by Notepad as GBK or UTF-16: TOML is UTF-8 only
        byte = f"0x{exc.object[exc.start]:02x}"
        raise ConfigError(
            candidate,
            Reason(
                f"不是 UTF-8 文本（第 {exc.start} 个字节为 {byte}）：请另存为 UTF-8 编码",
                f"not UTF-8 text (byte {byte} at {exc.start}): save it as UTF-8",
            ),
        ) from None
    except OSError as exc:  # unreadable (permissions, a network drive gone, a folder): said in both
        from .filing import file_failure

        why = file_failure(exc)
        raise ConfigError(candidate, Reason(f"无法读取：{why.zh}", f"cannot be read: {why.en}")) from None
    except ValidationError as exc:
        said = [_explain(error) for error in exc.errors()]
        about_lang = any(error["loc"][:1] == ("lang",) for error in exc.errors())
        asked = data.get("lang") if isinstance(data, dict) and not about_lang else None
        raise ConfigError(
            candidate,
            Reason("；".join(r.zh for r in said), "; ".join(r.en for r in said)),
            about_lang=about_lang,
            lang=asked if asked in ("zh", "en") else None,
        ) from None
    if found.numbering:
        try:
            _check_numbering(candidate, found.numbering)
        except ConfigError as exc:
            exc.lang = found.lang  # (the file's language is known: its lang key was read)
            raise
    return found


class SettingsFile:
    """The ``kesu.toml`` a long-running process (``kesu serve``) was started under, read again
    whenever it is edited (one ``stat`` per look): the settings it says now (:meth:`current`), or
    :class:`ConfigError` naming the key while an edit has made it unusable. ``path``: the file;
    default as :func:`load_settings` finds it — ``$KESU_CONFIG``, else ``./kesu.toml`` (absent:
    the defaults). ConfigError at once when it cannot be used as the process starts."""

    def __init__(self, path: str | os.PathLike | None = None) -> None:
        import threading

        found, self.named = settings_file(path)  # a file named must be there; ./kesu.toml may not be
        self.path = found.absolute() if found is not None else None  # (None: no settings file)
        self._lock = threading.Lock()
        self._seen = self._stamp()
        self.settings: Settings = self._read(self._seen)
        self.error: ConfigError | None = None

    def _stamp(self) -> Stamp | None:
        if self.path is None:
            return None
        try:
            found = self.path.stat()
        except OSError:  # gone, or a dangling link (read, and refused: load_settings)
            try:
                found = self.path.lstat()
            except OSError:
                return None
        return stamp_of(found)

    def _read(self, stamp: Stamp | None) -> Settings:
        if self.path is None or not (self.named or stamp is not None):
            return Settings()
        return load_settings(self.path)

    def current(self) -> Settings:
        """The settings as the file says them now: read again when it changed since it was last
        read (its time, size, inode or ctime: :func:`~kesu_docs.file_stamp.stamp_of`); ConfigError while it cannot be used (said once the file
        changes again, however many times asked meanwhile)."""
        stamp = self._stamp()
        with self._lock:
            if stamp != self._seen:
                self._seen = stamp
                try:
                    self.settings, self.error = self._read(stamp), None
                except ConfigError as exc:
                    self.error = exc
            if self.error is not None:
                raise self.error
            return self.settings


def _toml_place(text: str) -> str:
    """tomllib's ``(at line 3, column 7)`` said in Chinese: ``（第 3 行第 7 列）``."""
    import re

    at = re.search(r"line (\d+), column (\d+)", text)
    return f"（第 {at[1]} 行第 {at[2]} 列）" if at else ""


def _key(loc: tuple[Any, ...]) -> str:
    """A setting as it is written in kesu.toml: ``[limits] file_mb``, ``company``."""
    names = [str(part) for part in loc]
    if len(names) == 1:
        return names[0]
    return f"[{'.'.join(names[:-1])}] {names[-1]}"


def _field_of(loc: tuple[Any, ...]) -> tuple[Any, list[Any]] | None:
    """(type, constraints) of the setting at ``loc``; for an entry of a table or a list (a
    survey's score, a copy colour) the entries' own; None for an unknown key."""
    from typing import get_args

    model: Any = Settings
    info: Any = None
    for part in loc:
        fields = getattr(model, "model_fields", None)
        if fields is not None:
            if part not in fields:
                return None
            info = fields[part]
            model = info.annotation
            info = (model, list(info.metadata))
        elif info is not None:  # dict[str, Annotated[Decimal, …, Field(ge=…)]], list[…]
            entry = get_args(model)[-1] if get_args(model) else None
            inner = get_args(entry)
            found = next((a for a in inner[1:] if hasattr(a, "metadata")), None)
            if found is None:
                return None
            model = inner[0]
            info = (model, list(found.metadata))
        else:
            return None
    return info


def _bounds(rules: list[Any]) -> tuple[Any, Any, bool]:
    """(least, most, whether the most is itself refused) a field's constraints allow."""
    low = high = None
    below = False
    for rule in rules:
        low = getattr(rule, "ge", low)
        high = getattr(rule, "le", high)
        if getattr(rule, "lt", None) is not None:
            high, below = rule.lt, True
    return low, high, below


def _figure(value: Any) -> str:
    """4096 → ``4,096``; Decimal("0.05") → ``0.05``; Decimal("1E+12") → ``1,000,000,000,000``."""
    text = f"{value:,f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _expected(kind: Any, rules: list[Any]) -> Reason:
    """What a setting must be, with its range: 1 到 4,096 之间的整数 / a whole number from 1 to 4,096."""
    low, high, below = _bounds(rules)
    if kind is int:
        noun = Reason("整数", "a whole number")
    elif kind is Decimal:
        noun = Reason("数", "a number")
    elif kind is bool:
        return Reason("true 或 false", "true or false")
    elif kind is str:
        return Reason("用引号括起的文字", "text in quotes")
    else:
        return Reason("此设置允许的值", "a value this setting allows")
    if low is not None and high is not None:
        upto = Reason(f"（不含 {_figure(high)}）", " (not included)") if below else Reason("", "")
        return Reason(
            f" {_figure(low)} 到 {_figure(high)} 之间的{noun.zh}{upto.zh}",
            f"{noun.en} from {_figure(low)} to {_figure(high)}{upto.en}",
        )
    return noun


def _given(value: Any) -> str:
    text = (
        repr(value)
        if isinstance(value, str)
        else str(value).lower()
        if isinstance(value, bool)
        else str(value)
    )
    return text if len(text) <= 40 else text[:37] + "…"


def _explain(error: Any) -> Reason:
    """One of pydantic's errors said for the clerk and his IT person: the key, what was given,
    what is allowed (pydantic's own English words never reach him)."""
    loc = tuple(error.get("loc", ()))
    key = _key(loc)
    kind = error.get("type", "")
    if kind == "extra_forbidden":
        place = _field_of(loc[:-1]) if len(loc) > 1 else (Settings, [])
        section = place[0] if place else None
        known = ", ".join(getattr(section, "model_fields", {}) or ())
        return Reason(f"{key}：没有这个设置项（可用：{known}）", f"{key}: no such setting (known: {known})")
    given = _given(error.get("input"))
    ctx = error.get("ctx") or {}
    if kind == "literal_error":
        allowed = str(ctx.get("expected", ""))
        return Reason(
            f"{key} = {given}：应为 {allowed.replace(' or ', '、')} 之一",
            f"{key} = {given}: must be one of {allowed}",
        )
    if kind in ("string_too_long", "string_too_short", "too_long", "too_short"):
        most = ctx.get("max_length")
        if most is not None:
            return Reason(f"{key}：太长（最多 {most:,} 个字或项）", f"{key}: too long (at most {most:,})")
        return Reason(f"{key}：不能为空", f"{key}: must not be empty")
    if kind == "string_pattern_mismatch":
        return Reason(f"{key} = {given}：应写作 YYYY-MM-DD", f"{key} = {given}: must be written YYYY-MM-DD")
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        return Reason(
            f"{key}：应为一节 [{key}]，而不是一个值", f"{key}: must be a section [{key}], not a value"
        )
    place = _field_of(loc)
    expected = (
        _expected(*place) if place is not None else Reason("此设置允许的值", "a value this setting allows")
    )
    return Reason(f"{key} = {given}：应为{expected.zh}", f"{key} = {given}: must be {expected.en}")


def _check_numbering(path: Path, numbering: dict[str, str]) -> None:
    """``[numbering] KIND = PATTERN``: a form kesu knows, a pattern giving one serial."""
    import datetime as dt

    from . import forms

    known = forms.kinds()
    for kind, pattern in numbering.items():
        key = f"[numbering] {kind}"
        if kind not in known:
            raise ConfigError(
                path,
                Reason(
                    f"{key}：没有这种表单（可用：{', '.join(known)}）",
                    f"{key}: no such form kind (known: {', '.join(known)})",
                ),
            )

        scope, specs = _scope_of(pattern)
        if scope.count("{serial}") != 1:
            raise ConfigError(
                path,
                Reason(
                    f"{key} = {_given(pattern)}：编号格式应含一次 {{serial}}，可用 {{date:%Y%m}} 等，"
                    '如 "{date:%Y%m}{serial:0{width}d}"',
                    f"{key} = {_given(pattern)}: a numbering pattern holds {{serial}} once, and may "
                    'hold {date:%Y%m} and the like, as "{date:%Y%m}{serial:0{width}d}"',
                ),
            )
        # ``{serial:0100000000d}`` passed, then made each number 100 MB long (36 s, 2.8 GB, the
        # register 600 MB); ``{serial:c}`` makes a serial a character: a number is printable
        # text of NUMBER_CHARS at most, whatever its serial
        numbers = (  # (at the widest serial_width a settings file may give: whatever it gives)
            [pattern.format(date=dt.date(2026, 9, 1), serial=n, width=SERIAL_WIDTH_MAX) for n in (1, 999_999)]
            if all(_bounded(spec) for spec in specs)
            else []
        )
        if not numbers or any(len(n) > NUMBER_CHARS or not n.isprintable() for n in numbers):
            raise ConfigError(
                path,
                Reason(
                    f"{key} = {_given(pattern)}：给出的编号过长或含不可打印的字符（编号最多 "
                    f'{NUMBER_CHARS} 个字符，序号写作数字），如 "{{date:%Y%m}}{{serial:0{{width}}d}}"',
                    f"{key} = {_given(pattern)}: the numbers it gives are too long or hold "
                    f"characters that do not print (a number is {NUMBER_CHARS} characters at most, "
                    'its serial in digits), as "{date:%Y%m}{serial:0{width}d}"',
                ),
            )


def _scope_of(pattern: str) -> tuple[str, list[str]]:
    """The counter's scope of a numbering pattern (``202609{serial}``, "" when it cannot be
    formatted) and the format specs it asks of the serial and the width, each as given."""
    import datetime as dt

    specs: list[str] = []

    class _Slot:
        def __format__(self, spec: str) -> str:
            specs.append(spec)
            return "{serial}"

    class _Width:
        def __format__(self, spec: str) -> str:
            specs.append(spec)
            return format(3, spec) if _bounded(spec) else ""

    try:
        return pattern.format(date=dt.date(2026, 9, 1), serial=_Slot(), width=_Width()), specs
    except (KeyError, IndexError, ValueError, AttributeError, TypeError):
        return "", specs


NUMBER_CHARS = 64  # the longest document number (forms.base.check_number takes no longer)


def _bounded(spec: str) -> bool:
    """Does a format spec of the serial or the width ask for a width or precision of
    :data:`NUMBER_CHARS` at most (``0100000000d`` asks for a number of 100 MB)?"""
    import re

    return all(int(figure) <= NUMBER_CHARS for figure in re.findall(r"\d+", spec))


@lru_cache(maxsize=1)
def _cached(cwd: str, env: str | None) -> Settings:
    return load_settings()


_HELD: ContextVar[Settings | None] = ContextVar("kesu_held_settings", default=None)


def settings() -> Settings:
    """The settings in force for this process (read once per working directory)."""
    held = _HELD.get()
    if held is not None:  # a batch under way (held_settings)
        return held
    return _cached(os.getcwd(), os.environ.get("KESU_CONFIG"))


@contextmanager
def held_settings(given: Settings | None = None) -> Iterator[None]:
    """The settings in force, looked up once and given by :func:`settings` to the block (in this
    thread) — a batch, under which the working directory and ``$KESU_CONFIG`` do not change.
    Each look-up asks the system for the working directory and ``os.environ`` for
    ``KESU_CONFIG`` (≈ 10 µs on a virtual machine), ≈ 4 times a document of ``kesu render``.
    A ``kesu.toml`` that cannot be read is not held: each look-up says so where it is made.
    ``given``: these settings are the ones in force in the block (a server's, given as it
    started: the documents it renders are made under them, not under the working directory's)."""
    value: Settings | None = given
    if value is None:
        try:
            value = settings()
        except ConfigError:
            value = None
    token = _HELD.set(value)
    try:
        yield
    finally:
        _HELD.reset(token)


def profiles_dir() -> Path:
    """The folder of layout profiles: ``profiles/`` next to the kesu.toml in force (the file
    named by ``KESU_CONFIG``, else ``./kesu.toml``), or the folder its ``profiles`` setting names."""
    found, named = settings_file()
    base = found.resolve().parent if named and found is not None else Path.cwd()
    return base / settings().profiles


def has_profiles(folder: Path | None = None) -> bool:
    """Does the folder of layout profiles (``folder``, else :func:`profiles_dir`) hold one (a
    ``.toml``)? Asked before the reader loads the profiles' module, a tenth of the reader's
    code, which a parse without profiles never uses (issue 15: start-up)."""
    folder = folder or profiles_dir()
    return folder.is_dir() and any(folder.glob("*.toml"))


def cache_dir(what: str) -> Path:
    """The folder where kesu keeps ``what`` it made once and may use again (a blank form's font
    subset, the templates' compiled code): ``$KESU_CACHE/what``, else the user's cache folder
    (``$XDG_CACHE_HOME``, else ``~/.cache``) ``/kesu-docs/what``. Anything in it may be deleted
    at any time: it is made again when next needed."""
    base = os.environ.get("KESU_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "kesu-docs"
    )
    return Path(base) / what


def private_cache_dir(what: str) -> Path | None:
    """:func:`cache_dir` made (mode 0700) and checked as private, or None: a folder others can
    write in (``KESU_CACHE`` naming a shared folder, a symlink, another user's folder, one
    group- or other-writable) is never used, as code or fonts planted there would be run or
    read; nor one that cannot be made. Only the folder is checked, as Jinja checks its own
    (on Windows, as Jinja, nothing is: a user's folders are private by their ACLs)."""
    folder = cache_dir(what)
    try:
        folder.parent.parent.mkdir(parents=True, exist_ok=True)
        for made in (folder.parent, folder):
            made.mkdir(mode=0o700, exist_ok=True)
        return folder if _private(os.lstat(folder), dir_=True) else None
    except OSError:
        return None


def refused_cache_dir(what: str) -> Path | None:
    """:func:`cache_dir` when it is there but not used (:func:`private_cache_dir`: others can
    write in it, a link, another user's), for the command to say so once; None when it is used,
    or is simply not there to be made (a read-only home: nothing to mend)."""
    if private_cache_dir(what) is not None:
        return None
    folder = cache_dir(what)
    return folder if os.path.lexists(folder) else None


def write_private(path: str | os.PathLike[str], data: bytes) -> None:
    """Keep ``data`` in a file of a :func:`private_cache_dir` (written whole, then made 0600
    whatever the umask, so :func:`read_private` reads it back); a failure keeps nothing: the
    cache is made again when next needed."""
    from .leftovers import write_file

    with contextlib.suppress(OSError):
        write_file(path, data, mode=0o600)


def read_private(path: str | os.PathLike[str]) -> bytes | None:
    """The bytes of a file in a :func:`private_cache_dir`, or None when it is missing,
    unreadable, a link, or not private (another user's, or group- or other-writable)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0))
    except OSError:
        return None
    with os.fdopen(fd, "rb") as file:
        try:
            return file.read() if _private(os.fstat(fd)) else None
        except OSError:
            return None


def _private(st: os.stat_result, *, dir_: bool = False) -> bool:
    import stat

    if not (stat.S_ISDIR(st.st_mode) if dir_ else stat.S_ISREG(st.st_mode)):
        return False
    if os.name == "nt" or not hasattr(os, "geteuid"):
        return True
    return st.st_uid == os.geteuid() and not st.st_mode & (stat.S_IWGRP | stat.S_IWOTH)
