"""The year of a date written short, one rule on every layout path (our own blank read by its
names, the generic reader, a layout profile):

- a date without its year (``9月8日``, ``9/8``) takes the year that puts it nearest the form's
  other dates (``2026/10/3`` and ``10月28日`` → 2026-10-28; ``2026-12-20`` and ``1月5日`` →
  2027-01-05), read so and warned (``date_year_inferred``); without another date on the form
  (or none within three months) it stays as written and is an error (``invalid_date``);
  a form with no full date at all takes the year its own number carries (``CS-2026-0412-03``,
  ``RT-20260324-07``: the year, and the day the number was given where it follows), warned
  (``date_year_from_number``) — only when the number holds one year, never a guess between two;
- a two-digit year (``3-Sep-26``, ``9/3/26``) is this century's (a quality form's date is
  recent): said nothing when the form's other dates agree within a year, warned
  (``two_digit_year``) when they disagree, or, no other date confirming it, when 20yy lies
  in the future (``3-Sep-99`` is 2099 only by that rule) or years back (``26/3/18`` read
  day first is 2018: a complaint's date is not eight years old);
- a form labelled in Chinese writes its dates year first (年/月/日, GB/T 7408): ``26/3/18``
  there is 2026-03-18, not 26 March 2018 (an English form's order) nor ROC 26 (1937), unless
  the label prints another order (``(DD/MM/YY)``) or a date of the form puts its year last
  (``18/3/2026``). The same check of the year follows.

A date read but not surely is said too: a Solar Hijri date alone, converted (``1404/12/14`` →
2026-03-05, ``date_solar_hijri``), and a date whose month word another language reads as
another month (``5. listopada 2026.``: November in Polish, October in Croatian;
``date_month_disputed``) — read in the language of the form's own labels and free texts where
they tell it, and said all the same, naming that language.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from functools import cache
from typing import Any

from .. import value_paths
from ..forms import FormSpec, describe
from ..lazy_re import lazy_re
from ..problems import Problem
from ..validation import Locations, labels_for
from ..values import (
    _MONTH_NAME,
    _SLASHED,
    _as_date,
    date_in_doubt,
    date_in_language,
    day_month_year,
    excel_serial_to_date,
    halfwidth,
    unsure_link,
)
from .typed import label_order

# this module's codes in the message catalogue (problems.py reads them on first look-up)
MESSAGES: dict[str, tuple[str, str]] = {
    "date_year_inferred": (
        "{label}“{value}”没有写年份，按表上其他日期读作 {date}，请核对",
        "{label}: '{value}' has no year; read as {date}, nearest the form's other dates, please check",
    ),
    "date_year_from_number": (
        "{label}“{value}”没有写年份，表上也没有带年份的日期，按表单编号 {number} 读作 {date}，请核对",
        "{label}: '{value}' has no year and no date of the form has one; read as {date} by the "
        "form's number {number}, please check",
    ),
    "date_excel_serial": (
        "{label}“{value}”是以文本存放的 Excel 日期序号，读作 {date}，请核对",
        "{label}: '{value}' is an Excel date serial number stored as text; read as {date}, please check",
    ),
    "two_digit_year": (
        "{label}“{value}”的年份只写了两位，读作 {date}（{why}），请核对",
        "{label}: '{value}' gives its year in two digits, read as {date} ({why_en}); please check",
    ),
    "date_solar_hijri": (
        "{label}“{value}”是伊朗太阳历（波斯历）日期，换算为公历 {date}，请核对",
        "{label}: '{value}' is a Solar Hijri (Iranian) date, converted to {date}; please check",
    ),
    "date_month_by_form_language": (
        "{label}“{value}”的月份名称很短，只在{language}中是月份；表上文字有该语言独有的字母，"
        "读作 {date}，请核对",
        "{label}: '{value}' names its month with a short word only {language_en} reads as a month; "
        "read as {date} because the form's own texts write that language's letters, please check",
    ),
    "date_month_disputed": (
        "{label}“{value}”的月份名称在另一种语言中指另一个月份，{why}读作 {date}，请核对",
        "{label}: '{value}' names its month with a word another language reads as another month; "
        "read as {date}{why_en}, please check",
    ),
    "date_month_guessed": (
        "{label}“{value}”的月份名称不在任何已知语言的月份表中，按其开头的英文月份读作 {date}，请核对",
        "{label}: '{value}' names its month with a word of no language we know the months of; read "
        "by its first letters as the English month, {date}, please check",
    ),
    "date_link_unsure": (
        "{label}“{value}”的日与月份之间写着“{word}”，它不是任何语言日期格式中连接日与月份的词"
        "（可能是“到、至”等表示期限的词），读作 {date}，请核对",
        "{label}: '{value}' joins its day to its month with '{word}', a word no language's date "
        "format writes there (it may mean 'until' or 'to'); read as {date}, please check",
    ),
}
# the codes of a date read but still in doubt (values.date_in_doubt)
_DOUBTS = {
    "link_unsure": "date_link_unsure",
    "solar_hijri": "date_solar_hijri",
    "month_disputed": "date_month_disputed",
    "month_guessed": "date_month_guessed",
}

MONTH_DAY = lazy_re(r"^(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]?$")  # 9月8日
_SLASHED_MD = lazy_re(r"^(\d{1,2})\s*/\s*(\d{1,2})$")  # 9/8 (no year)
_YEAR_FIRST = lazy_re(r"^\d{4}\s*[-/.年]")  # 2026/9/20, 2026年: the month goes before the day
_CJK = lazy_re(r"[\u3400-\u9fff]")
_THREE_DIGITS = lazy_re(r"\d{3,4}")  # (a year's four digits hold three)
_LETTERS = lazy_re(r"[^\W\d_]{3}")  # (a month word's, at the least)
# the year a form's number carries (CS-2026-0412-03, RT20260324007), and the month and day after it
_NUMBER_YEAR = lazy_re(r"(?<!\d)(20\d{2})(?:[-_./]?(\d{2})(\d{2}))?")
_ANY_YEAR = lazy_re(r"(?=(?<!\d)(20\d{2}))")
# 46089: an Excel date's serial number pasted into a Text cell (or printed from one): the days
# 36526 (2000-01-01) to 73050 (2099-12-31), the only years a form's five-digit serial can mean
_SERIAL = lazy_re(r"^\d{5}$")
_SERIALS = (36526, 73050)
_NEAR = 92  # days: a date farther from every other date of the form has no plain year
# 26/3/18, 26-3-5 (26.9.8 is Europe's day-first dotted date: not read year first)
_YY_FIRST = lazy_re(r"^(\d{2})\s*([/\-])\s*(\d{1,2})\s*\2\s*(\d{1,2})$")
_YEAR_LAST = lazy_re(r"^\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{4}$")  # 18/3/2026: the year last
_LONG_AGO = 3  # years: a two-digit year read further back than this, nothing confirming it, is said


def _date_paths(spec: FormSpec, values: dict[str, Any]) -> list[str]:
    """The form's date fields and the dates typed in its tables' rows (``containment[0].done_date``)."""
    paths = [path for path, meta in spec.leaf_fields.items() if meta.kind == "date"]
    for key, meta in spec.fields.items():
        rows = values.get(key)
        if meta.kind != "table" or meta.row_model is None or not isinstance(rows, list):
            continue
        dates = [c for c, m in describe(meta.row_model).items() if m.kind == "date"]
        for i, row in enumerate(rows):
            if isinstance(row, dict):
                paths.extend(f"{key}[{i}].{c}" for c in dates if isinstance(row.get(c), str))
    return paths


def _full(value: Any) -> dt.date | None:
    """A date the form writes with its four-digit year (a date cell, 2026/9/20, 3-Sep-2026)."""
    if value is None or isinstance(value, bool) or _short_year(value):
        return None
    if isinstance(value, str) and not _THREE_DIGITS.search(halfwidth(value)):
        return None
    return _as_date(value) if isinstance(value, (str, dt.date)) else None


def full_date(value: Any) -> dt.date | None:
    """A date written with its four-digit year (a date cell, ``2026.3.5``), else None: what
    can be compared between two forms without knowing their order of day and month."""
    return _full(value)


def _short_year(value: Any) -> bool:
    """``3-Sep-26``, ``9/3/26``: a date whose year is two digits."""
    if not isinstance(value, str):
        return False
    text = halfwidth(value).strip()
    m = _SLASHED.match(text) or _MONTH_NAME.match(text)
    return m is not None and len(m[3]) == 2


def _chinese(label: str, labels: Iterable[str]) -> bool:
    """Is the date's label Chinese (``出货日期``), or, without a label of its own (our own
    blank read by its names), is the form labelled in Chinese?"""
    if label.strip():
        return bool(_CJK.search(label))
    texts = [t for t in labels if t.strip()]
    return not texts or sum(bool(_CJK.search(t)) for t in texts) * 2 > len(texts)


def year_first(text: str, label: str, labels: Iterable[str] = (), years_last: bool = False) -> dt.date | None:
    """``26/3/18`` on a form labelled in Chinese: 2026-03-18 (Chinese dates put the year
    first). None on an English form, under a label printing its order (``(DD/MM/YY)``: its
    own rule, typed.date_in_label_order), on a form whose other dates put the year last
    (``years_last``), and for what is no date. The one reading of a year-first two-digit date,
    for the generic reader and the layout profiles alike."""
    if years_last or label_order(label) is not None or not _chinese(label, labels):
        return None
    return read_year_first(text)


def read_year_first(text: str) -> dt.date | None:
    """``26/3/18`` read year first, whatever the form (:func:`year_first` says when a form
    means it so); None for what is not a two-digit year, month and day."""
    m = _YY_FIRST.match(halfwidth(str(text)).strip())
    if m is None:
        return None
    try:
        return dt.date(2000 + int(m[1]), int(m[3]), int(m[4]))
    except ValueError:
        return None


def _order(value: Any) -> str | None:
    """The order of month and day a full date written on the form shows."""
    if not isinstance(value, str):
        return None
    text = halfwidth(value).strip()
    if _YEAR_FIRST.match(text):
        return "md"
    m = day_month_year(text)
    if m:
        a, b = int(m[1]), int(m[2])
        return "md" if b > 12 >= a else "dm" if a > 12 >= b else None
    return None


def _month_day(text: str, orders: set[str], label: str, named: bool) -> tuple[int, int] | None:
    """``9月8日`` → (9, 8); ``9/8`` in the order the form shows (its other dates, its label's
    hint), else month first on a form labelled in Chinese (China writes the month first)."""
    from .typed import day_month_order

    if m := MONTH_DAY.match(text):
        return int(m[1]), int(m[2])
    m = _SLASHED_MD.match(text)
    if m is None:
        return None
    a, b = int(m[1]), int(m[2])
    if b > 12 >= a:
        return a, b
    if a > 12 >= b:
        return b, a
    order = day_month_order(label) or (next(iter(orders)) if len(orders) == 1 else None)
    if order is None and (named or _CJK.search(label or "")):
        order = "md"
    if order is None:
        return None
    return (a, b) if order == "md" else (b, a)


def _nearest(month: int, day: int, others: list[dt.date]) -> dt.date | None:
    """The year that puts (month, day) nearest the form's other dates, when one plainly does."""
    best: list[tuple[int, dt.date]] = []
    for year in sorted({d.year + k for d in others for k in (-1, 0, 1)}):
        try:
            cand = dt.date(year, month, day)
        except ValueError:
            continue
        best.append((min(abs((cand - d).days) for d in others), cand))
    best.sort()
    if not best or best[0][0] > _NEAR or (len(best) > 1 and best[1][0] == best[0][0]):
        return None
    return best[0][1]


def _by_number(month: int, day: int, number: Any) -> dt.date | None:
    """(month, day) in the year the form's number carries (``CS-2026-0412-03``), nearest the
    day the number names where it names one (a ship date of ``11/20`` on ``2026-0105`` is of
    2025); None when the number holds no year, or years that disagree."""
    if not isinstance(number, str):
        return None
    number = halfwidth(number)
    found = _NUMBER_YEAR.findall(number)
    years = {int(y) for y in _ANY_YEAR.findall(number)}  # 2025-2026: two years, no guess
    if len(years) != 1 or not 2000 <= (year := years.pop()) <= dt.date.today().year + 1:
        return None
    given = [d for _, mm, dd in found if mm and (d := _valid(year, int(mm), int(dd))) is not None]
    if given:
        return _nearest(month, day, given[:1])
    return _valid(year, month, day)


def _valid(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None for a month and day that never were (2026-02-30)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def years_of_the_form(
    values: dict[str, Any],
    spec: FormSpec,
    where: Locations | dict[str, str],
    provenance: dict[str, Any],
    said: Iterable[Problem] = (),
    day_first: bool = False,
) -> list[Problem]:
    """The dates of the form written without their year or with two digits for it (see the
    module's docstring): the year taken is written into ``values`` and warned. ``said``: the
    problems of an earlier pass over the same values (the layout reader's, per sheet or page):
    a date whose year it took (warned, written as ``2026-12-30``) is taken again as the form
    wrote it (``30/12``) — not a date the form writes with its year, nor month first — and
    is not warned twice. ``day_first``: a note on the form states its dates day first
    (``日期按客户习惯填写（日/月/年）``, guards.stated_date_order): ``05/03/26`` there is no
    year-first date, its order is the note's (guards.date_order reads it and says so)."""
    paths = _date_paths(spec, values)
    dated = {p: value_paths.get(values, p) for p in paths}
    taken = {
        p.field: p.params["value"]
        for p in said
        if p.code in MESSAGES
        and isinstance(p.params.get("value"), str)
        and p.params.get("date") is not None
        and dated.get(p.field) == p.params["date"]
    }
    written = {**dated, **taken}  # as the form writes them
    full = {p: d for p, v in written.items() if (d := _full(v)) is not None}
    short = _two_digit_years(written, full, provenance, day_first)
    orders = {
        o for p, v in written.items() if not short.get(p, (0, False))[1] and (o := _order(v)) is not None
    }
    out: list[Problem] = []

    @cache
    def cued() -> frozenset[str]:  # (the form's languages, asked only of a date not read)
        from ..month_names import cued_languages

        return cued_languages(_own_texts(values, spec, provenance))

    def warn(code: str, path: str, params: dict[str, Any]) -> None:
        zh, en = labels_for(spec, path)
        out.append(Problem(code, path, zh, en, where.get(path, ""), "warning", params))

    for path, value in dated.items():
        if isinstance(value, str) and path not in taken and (doubt := date_in_doubt(value)) is not None:
            date = _as_date(value)  # (read: the doubt is about a date read)
            beside = [v for p, v in dated.items() if p != path and isinstance(v, str)]
            decided = (
                _month_by_language(value, date, values, spec, provenance, beside)
                if doubt == "month_disputed"
                else None
            )
            if decided is not None:  # a Croatian form's listopad: October, read so and said so
                zh, en = _language_named(decided[1])
                by_zh, by_en = _DECIDED_BY[decided[2]]
                params = {
                    "value": value,
                    "date": decided[0].isoformat(),
                    "why": by_zh.format(zh),
                    "why_en": by_en.format(en),
                }
                value_paths.put(values, path, decided[0].isoformat(), make=True)
                warn(_DOUBTS[doubt], path, params)
            elif date is not None:
                value_paths.put(values, path, date.isoformat(), make=True)
                params = {"value": value, "date": date.isoformat(), "why": "", "why_en": ""}
                warn(_DOUBTS[doubt], path, {**params, "word": unsure_link(value) or ""})
            continue
        if not isinstance(value, str) or path in full or path in taken:
            continue
        if _LETTERS.search(value) and (in_words := date_in_language(value, cued())) is not None:
            value_paths.put(values, path, in_words.isoformat(), make=True)  # 3 Adar 2026 on a Kurmanji form
            in_languages = [_language_named(language) for language in sorted(cued())]
            params = {
                "value": value,
                "date": in_words.isoformat(),
                "language": "、".join(zh for zh, _ in in_languages),
                "language_en": ", ".join(en for _, en in in_languages),
            }
            warn("date_month_by_form_language", path, params)  # (a short word: said, with why)
            continue
        text = halfwidth(value).strip()
        prov = provenance.get(path)
        others = [d for p, d in full.items() if p != path]
        if path in short:
            date, first = short[path]
            dates = others + [d for p, (d, _) in short.items() if p != path]
            why = _year_in_doubt(date, dates)
            also = _day_first_too(text, date, dates) if first else None
            if why and also:  # 05/03/26 as 2005: a year long past, and 2026-03-05 day first
                why = (f"{why[0]}；{also[0]}", f"{why[1]}; {also[1]}")
            why = why or also
            if first or why or day_first:  # said once, whichever path reads it next (written so)
                value_paths.put(values, path, date.isoformat(), make=True)
            if why:
                params = {"value": value, "date": date.isoformat(), "why": why[0], "why_en": why[1]}
                warn("two_digit_year", path, params)
            continue
        if _SERIAL.match(text) and _SERIALS[0] <= int(text) <= _SERIALS[1]:
            serial = excel_serial_to_date(int(text)).isoformat()
            value_paths.put(values, path, serial, make=True)
            warn("date_excel_serial", path, {"value": value, "date": serial})
            continue
        if _short_year(text):
            continue  # 03/04/26: the order of month and day decides first (guards.date_order)
        label = getattr(prov, "label", "") or ""
        named = prov is None or getattr(prov, "how", "") == "name"
        md = _month_day(text, orders, label, named)
        if md is not None and not full and (by_number := _by_number(*md, values.get("number"))):
            value_paths.put(values, path, by_number.isoformat(), make=True)
            params = {"value": value, "date": by_number.isoformat(), "number": str(values.get("number"))}
            warn("date_year_from_number", path, params)
            continue
        if md is None or not others:
            continue  # no year to take: the value stays as written, an invalid date
        near = _nearest(*md, others)
        if near is None:
            continue
        value_paths.put(values, path, near.isoformat(), make=True)
        warn("date_year_inferred", path, {"value": value, "date": near.isoformat()})
    return out


def _month_by_language(
    value: str,
    date: dt.date | None,
    values: dict[str, Any],
    spec: FormSpec,
    provenance: dict[str, Any],
    others: list[str],
) -> tuple[dt.date, str, str] | None:
    """A date whose month word languages read differently (``5. listopada 2026.``) read in the
    language the form's own texts are written in (:func:`kesu_docs.month_names.language_of`):
    its labels and its free texts (a description, a root cause: :func:`_own_texts`), never the
    names of its parties — a Polish customer on a Croatian clerk's form is no Polish form.
    November on a Polish form, October on a Croatian one, the language that decided and what
    told it (a key of :data:`_DECIDED_BY`: ``texts`` or ``dates``); None
    when they do not tell, or that language has no such word (the date then stays warned as
    read in either). Else the language the form's other dates (``others``, as written) name
    their months in, when one of them reads the word (:func:`kesu_docs.month_names.month_languages`:
    ``5 Ntwarante 2026`` beside ``5 Nyakanga 2026`` is a Kirundi form's, whose Nyakanga is
    September, Kinyarwanda's July)."""
    from ..month_names import language_of, month_in, month_languages

    if date is None:
        return None
    language = language_of(_own_texts(values, spec, provenance))
    words = re.findall(r"[^\W\d_]{3,}", halfwidth(value))
    if language is None:
        readers = {
            (lang, month)
            for lang in month_languages([halfwidth(o) for o in others])
            for word in words
            if (month := month_in(word, lang)) is not None
        }
        if len(readers) != 1:
            return None
        ((language, month),) = readers
        read = _valid(date.year, month, date.day)
        return (read, language, "dates") if read else None
    for word in words:
        if (month := month_in(word, language)) is not None and (read := _valid(date.year, month, date.day)):
            return read, language, "texts"
    return None


# what told a disputed month's language (:func:`_month_by_language`), said in the warning:
# the form's own texts, or the months its other dates are written with
_DECIDED_BY = {
    "texts": ("按表上文字的语言（{}）", " by the language of the form's own texts ({})"),
    "dates": (
        "按表上其他日期月份的语言（{}）",
        " by the language the form's other dates name their months in ({})",
    ),
}


def _own_texts(values: dict[str, Any], spec: FormSpec, provenance: dict[str, Any]) -> list[str]:
    """The texts a form's clerk writes in the form's own language: the labels its values were
    read by and its long free texts (``long`` fields: a description, a root cause). Not a
    customer's or supplier's name or address: a party is named in its own language, whatever
    the form's."""
    free = [
        t
        for path, meta in spec.leaf_fields.items()
        if meta.long
        for t in value_paths.texts(value_paths.get(values, path))
    ]
    return free + [str(getattr(p, "label", "") or "") for p in provenance.values()]


def _language_named(language: str) -> tuple[str, str]:
    """A language's name in Chinese and in English (``hr``: 克罗地亚语, Croatian), from the CLDR."""
    from babel import Locale

    return Locale.parse("zh").languages.get(language, language), Locale.parse("en").languages.get(
        language, language
    )


def _two_digit_years(
    written: dict[str, Any], full: dict[str, dt.date], provenance: dict[str, Any], day_first: bool = False
) -> dict[str, tuple[dt.date, bool]]:
    """The form's dates written with a two-digit year, as read (and whether year first; never
    on a form whose note says day first)."""
    labels = [str(getattr(p, "label", "") or "") for p in provenance.values()]
    years_last = day_first or any(
        isinstance(v, str) and _YEAR_LAST.match(halfwidth(v).strip()) for v in written.values()
    )
    out: dict[str, tuple[dt.date, bool]] = {}
    for path, value in written.items():
        if path in full or not isinstance(value, str):
            continue
        text = halfwidth(value).strip()
        label = str(getattr(provenance.get(path), "label", "") or "")
        if (date := year_first(text, label, labels, years_last)) is not None:
            out[path] = (date, True)
        elif _short_year(text) and (date := _as_date(text)) is not None:
            out[path] = (date, False)
    return out


def _day_first_too(text: str, date: dt.date, others: list[dt.date]) -> tuple[str, str] | None:
    """``25/03/26`` read year first (2025-03-26) also reads day first (2026-03-25, as Hong Kong
    and many suppliers write it): said, unless the form's other dates side with the year-first
    reading (nearer to it than to the other)."""
    m = _YY_FIRST.match(text)
    if m is None:
        return None
    try:
        other = dt.date(2000 + int(m[4]), int(m[3]), int(m[1]))
    except ValueError:
        return None  # 26/3/18 cannot be 26 March 2018's 2018-03-26 the other way round
    if other == date or _year_in_doubt(other, others) is not None:
        return None  # (26/3/5 as 2005-03-26: no reading to doubt the year-first one by)
    if others and min(abs((date - d).days) for d in others) < min(abs((other - d).days) for d in others):
        return None
    alt = other.isoformat()
    return f"也可读作日/月/年 {alt}", f"it also reads day first as {alt}"


def _year_in_doubt(date: dt.date, others: list[dt.date]) -> tuple[str, str] | None:
    """Why a two-digit year's reading needs the clerk's eye: the form's other dates are of
    another year, or, none confirming it, the year is still to come or long past."""
    this_year = dt.date.today().year
    if others and min(abs(date.year - d.year) for d in others) > 1:
        return "与表上其他日期的年份不符", "the form's other dates are of another year"
    if not others and date.year > this_year + 1:
        return "是未来的年份", "a year still to come"
    if not others and date.year < this_year - _LONG_AGO:
        return "是多年以前的年份", "a year long past"
    return None


def years_said(problems: Iterable[Problem], values: dict[str, Any]) -> list[Problem]:
    """The warnings of a year taken (:func:`years_of_the_form`) whose value still stands in
    ``values``: kept where a reader sets the rest of a pass's problems aside (our own blank's
    names won over the labels' reading), so that a year taken is never left unsaid."""
    return [
        p
        for p in problems
        if p.code in MESSAGES
        and p.params.get("date") is not None
        and value_paths.get(values, p.field) == p.params["date"]
    ]
