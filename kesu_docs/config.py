"""The procedure's thresholds, deadlines and bands: one configuration with the seeds' defaults.

A ``kesu.toml`` in the working directory (or the file named by ``KESU_CONFIG``) overrides any
value; see README "Configuration"::

    company = "某某电子股份有限公司"
    [deadlines]
    domestic_days = 13
    foreign_days = 17
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


def _no_entries() -> dict:  # (typed by each field)
    """``dict`` as a default factory, in Python: pydantic reads a factory's signature, and a
    builtin's costs a compile of the tokenizer's patterns at start-up (issue 15)."""
    return {}


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Deadlines(_Section):
    domestic_days: int = 15  # close a domestic case within 15 days of registration
    foreign_days: int = 20  # foreign: 20 days (another seed version: 13/17)
    # the procedure's stage deadlines (DOMAIN §1), chained from registration: QA's report,
    # the responsible unit's reply, the GM office's opinion, the 8D report
    qa_report_days: int = 3
    reply_days: int = 3
    gm_opinion_days: int = 1
    eightd_days: int = 3


class SeverityRules(_Section):
    """The loss bands that grade a complaint's severity (the grades are :class:`kesu_docs.terms.Severity`)."""

    major_loss: Decimal = Decimal("10000")  # loss >= this: 重大
    general_below: Decimal = Decimal("5000")  # loss < this, no safety impact: 一般


class Approval(_Section):
    # loss <= sales_manager_max: 业务部经理; <= vice_gm_max: 副总经理; above: 总经理
    sales_manager_max: Decimal = Decimal("5000")
    vice_gm_max: Decimal = Decimal("50000")


class PenaltyRules(_Section):
    """The least fine per penalty kind (a complaint's penalty line is :class:`kesu_docs.forms.complaint.Penalty`)."""

    warning_min: Decimal = Decimal("100")
    minor_demerit_min: Decimal = Decimal("200")


class Satisfaction(_Section):
    """Customer satisfaction (DOMAIN §4): survey score − 1 per complaint (≤ 5) − 2 per return (≤ 10)."""

    base_score: Decimal = Decimal("100")  # the survey score of a customer with none on file
    per_complaint: Decimal = Decimal("1")
    complaint_cap: Decimal = Decimal("5")
    per_return: Decimal = Decimal("2")
    return_cap: Decimal = Decimal("10")
    survey: dict[str, Decimal] = Field(default_factory=_no_entries)  # customer -> its survey score


class Limits(_Section):
    """What kesu reads and stores at most (README "Security and limits"); raise them in
    ``kesu.toml [limits]`` for legitimate big files."""

    file_mb: int = 50  # any input file on disk
    zip_member_mb: int = 50  # one member of an .xlsx once uncompressed
    zip_total_mb: int = 200  # all members of an .xlsx once uncompressed
    zip_ratio: int = 100  # uncompressed / compressed size of a member (above 1 MB uncompressed)
    sheet_cells: int = 200_000  # cells of one worksheet (rows × columns actually filled)
    pdf_pages: int = 200
    pdf_stream_mb: int = 32  # one decoded content stream of a PDF (images are not decoded)
    pdf_streams_mb: int = 128  # all decoded content streams of a PDF
    json_records: int = 10_000  # records listed in one JSON file
    notes: int = 5000  # cell notes (comments) read from one comments part of an .xlsx
    note_chars: int = 500_000  # their text, in characters
    text_chars: int = 4000  # a free-text field (description, cause, measures…)
    line_chars: int = 200  # a one-line field (customer name, product, person…)
    code_chars: int = 64  # an identifier (order no., part no., number…)


class DatabaseOptions(_Section):
    allow_foreign_tables: bool = False  # use a database that also holds other programs' tables


class Settings(_Section):
    company: str = "示范电子股份有限公司"
    issuing_unit: str = "质量管理部"
    effective_date: str = "2026-01-01"
    lang: str = "zh"
    deadlines: Deadlines = Field(default_factory=Deadlines)
    severity: SeverityRules = Field(default_factory=SeverityRules)
    approval: Approval = Field(default_factory=Approval)
    penalty: PenaltyRules = Field(default_factory=PenaltyRules)
    satisfaction: Satisfaction = Field(default_factory=Satisfaction)
    limits: Limits = Field(default_factory=Limits)
    database: DatabaseOptions = Field(default_factory=DatabaseOptions)
    over_acceptance_ratio: Decimal = Decimal("0.05")  # company default 超量允收比率
    tax_rate: Decimal = Decimal("0.13")
    serial_width: int = 3
    # kind -> numbering pattern; "{date:%Y%m}{serial:0{width}d}" is the default for every kind
    numbering: dict[str, str] = Field(default_factory=_no_entries)
    copy_colours: list[str] = Field(default_factory=lambda: ["白", "红", "黄", "蓝", "绿"])
    # layout profiles (kesu learn): this folder, relative to the kesu.toml it is set in
    profiles: str = "profiles"


class ConfigError(Exception):
    """The configuration file cannot be used; the message names the file and the reason."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


def load_settings(path: str | os.PathLike | None = None) -> Settings:
    """Settings from ``path``, else ``$KESU_CONFIG``, else ``./kesu.toml``, else the defaults."""
    named = path or os.environ.get("KESU_CONFIG")
    candidate = Path(named or "kesu.toml")
    if not candidate.is_file():
        if named:
            raise ConfigError(candidate, "file not found")
        return Settings()
    try:
        # "utf-8-sig": Windows Notepad's "UTF-8 with BOM" is UTF-8 too (TOML itself refuses the mark)
        return Settings.model_validate(tomllib.loads(candidate.read_text(encoding="utf-8-sig")))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(candidate, f"not valid TOML: {exc}") from None
    except UnicodeDecodeError as exc:  # saved by Notepad as GBK or UTF-16: TOML is UTF-8 only
        raise ConfigError(
            candidate, f"not UTF-8 text (byte 0x{exc.object[exc.start]:02x} at {exc.start}): save it as UTF-8"
        ) from None
    except OSError as exc:  # unreadable (permissions, a network drive gone)
        raise ConfigError(candidate, f"cannot be read: {exc.strerror or exc}") from None
    except ValidationError as exc:
        reasons = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors())
        raise ConfigError(candidate, reasons) from None


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
    named = os.environ.get("KESU_CONFIG")
    base = Path(named).resolve().parent if named else Path.cwd()
    return base / settings().profiles


def has_profiles(folder: Path | None = None) -> bool:
    """Does the folder of layout profiles (``folder``, else :func:`profiles_dir`) hold one (a
    ``.toml``)? Asked before the reader loads the profiles' module, a tenth of the reader's
    code, which a parse without profiles never uses (issue 15: start-up)."""
    folder = folder or profiles_dir()
    return folder.is_dir() and any(folder.glob("*.toml"))
