"""A complaint sent as a letter in prose, not as a form (issue 10, holdout21's mail-merged letter).

A customer's quality department sometimes writes (or mail-merges from its own system, or pastes
from an e-mail into a sheet) a letter instead of filling a complaint sheet: a letterhead, a date
line (``Leeds, 5 March 2026``, ``2026年3月5日`` under the signature), ``Our reference:
SQ-2026-0187``, ``Dear Sir or Madam`` / ``尊敬的…`` / ``Sehr geehrte Damen und Herren``, the
part, lot, order and quantities inside sentences, ``We request the replacement …`` / ``要求贵司
换货``, ``Yours faithfully`` / ``此致 敬礼`` / ``Mit freundlichen Grüßen`` and a signature block.
No label stands beside any value, so the form reader finds none and would only say "not a
recognised form".

What a clerk needs is the case registered with what the letter states, and told plainly that
it came from prose. So a text is read as a letter only when it is one beyond doubt — a
salutation, a complimentary close and a body that complains (``complaint``, ``不良``,
``Reklamation``, ``défectueuses`` …) — and only the values the letter states in a set phrase
are taken (its reference, ``part no. X (name)`` / ``料号 X``, the lot, the order, ``N pcs
delivered`` / ``共 N 件``, ``N pcs show …`` / ``不良 N pcs``, ``we request the …``, the
signature's company). The phrases of every language are one table (:mod:`.letter_phrases`);
figures, dates and codes are read by the readers' own shapes (:mod:`.units`,
:func:`kesu_docs.values.parse_date`). Every value carries a ``low_confidence`` warning (read from
a sentence, never from a labelled box) and the document a ``complaint_letter`` warning saying it
is a letter; what the letter does not state stays empty and the form's usual errors say so
(the handling, the person who received it …). Nothing is guessed from a sentence that is not
one of those phrases: a date in the body (``your 8D report by 31 March 2026``) is no field. A
letter stating no part and no quantity (a reminder, a thank-you note, an invoice's cover
letter, a meeting notice) is no complaint, whatever words it uses.

The customer is the company that signs (the first company line after the close): the
addressee of a complaint letter is the supplier — the factory itself — never the customer.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

from .. import forms
from ..lazy_re import lazy_re
from ..problems import Problem, SourceError
from ..validation import Locations, labels_for
from ..values import either_order_date, halfwidth, parse_date, printable
from .boxes import Provenance
from .dates import MONTH_DAY
from .head_words import by_head_word
from .letter_phrases import PHRASES
from .persons import COMPANY
from .results import Extraction
from .units import COUNT_FIGURE, COUNT_WORDS, COUNTED_IN_TEXT, spaced_count
from .vocab import form_labels, norm, simplified

MESSAGES: dict[str, tuple[str, str]] = {
    "complaint_letter": (
        "这是一封投诉信（信件正文），不是客户抱怨处理单：已从信中固定的说法读取 {count} 个值，每个都请核对；"
        "信中没有写明的栏位请按信补填，或请客户填写客户抱怨处理单",
        "This is a complaint letter (prose), not a complaint form: {count} value(s) were read from the "
        "letter's set phrases, check each; fill in what the letter does not state, or ask the customer "
        "for a filled complaint form",
    ),
    "complaint_withdrawn": (
        "这封信撤回一项投诉（{said}），不是新的投诉：请找到原来的客诉单按信处理，不要登记为新客诉",
        "This letter withdraws a complaint ({said}); it is no new complaint: find the complaint it "
        "withdraws and close it as the letter says, do not register it as a new one",
    ),
    "count_in_words": (
        "信中的数量用汉字写成（{value}），已读作 {count}：请按信核对",
        "The letter writes this count in Chinese numerals ({value}); it was read as {count}: check it "
        "against the letter",
    ),
    "count_in_words_unread": (
        "信中的数量用汉字写成（{value}），无法读成数字，未读取：请按信核对后填写",
        "The letter writes this count in Chinese numerals ({value}) that could not be read as a number; "
        "it was not read: check it against the letter and fill it in",
    ),
    "letter_reply_chain": (
        "这封信是带回复链的邮件：只读取了最新的一封，下面引用的旧邮件（{marker}）未读取",
        "This letter is an e-mail with a reply chain: only the newest message was read, the older mail "
        "quoted below it ({marker}) was not",
    ),
    "letter_reply_chain_quoted": (
        "{label}只写在下面引用的旧邮件里（{value}），未读取：旧邮件的值可能已被更正，请按最新邮件核对后填写",
        "{label} is stated only in the older mail quoted below ({value}); it was not read: the older mail's "
        "value may have been corrected since, check it against the newest message and fill it in",
    ),
}

LETTER_DOUBT = 0.6  # a value read out of a sentence: always shown for checking

_LATIN = "a-zà-ÿß"  # (with re.I: a Latin letter, accented too; a Chinese one is no word's edge)
_CJK = lazy_re(r"[\u3400-\u9fff]")


def _bounded(fragment: str) -> str:
    """A phrase matched as whole words where it begins or ends with a Latin letter."""
    head = f"(?<![{_LATIN}])" if re.match(rf"[{_LATIN}]", fragment, re.I) else ""
    tail = f"(?![{_LATIN}])" if re.search(rf"(?:[{_LATIN}]|\\w\*|\.\?)$", fragment, re.I) else ""
    return f"{head}(?:{fragment}){tail}"


def _role(role: str) -> str:
    """The phrases of a role in every language, as one alternation (longest first)."""
    fragments = {f for by_language in PHRASES[role].values() for f in by_language}
    return "|".join(_bounded(f) for f in sorted(fragments, key=lambda f: (-len(f), f)))


phrases_of = _role  # (the same for the other readers of the set phrases: :mod:`.kinds`)


_SALUTATION = lazy_re(rf"(?i)^(?:{_role('salutation')})[,:：!！。]?$")
_CLOSE = lazy_re(rf"(?i)^(?:{_role('close')})[,.!！，。]?$")
# a letter opened in a language that never groups thousands by a space (``in week 12 450 pcs``
# is week 12; French, German and Spanish write ``1 200``)
_UNSPACED_SALUTATION = lazy_re(
    rf"(?i)^(?:{'|'.join(_bounded(f) for lang in ('en', 'zh') for f in PHRASES['salutation'][lang])})[,:：!！。]?$"
)
_COMPLAINS = lazy_re(rf"(?i){_role('complains')}")
_WITHDRAWS = lazy_re(rf"(?i){_role('withdraws')}")
_CODE = r"([A-Z0-9][A-Za-z0-9\-/_.]*\d[A-Za-z0-9\-/_]*)"
_NUMBER_WORD = rf"(?:\s*(?:{_role('number_word')}))?\s*[:：]?\s*"
_REFERENCE = lazy_re(rf"(?i)^(?:{_role('reference')}){_NUMBER_WORD}{_CODE}$")
_REFERENCE_DATED = lazy_re(rf"(?i)^(?:{_role('reference')}){_NUMBER_WORD}{_CODE}\s*(?:/|,|;|\s-\s)\s*(.+)$")
_PART = lazy_re(rf"(?i)(?:{_role('part')}){_NUMBER_WORD}{_CODE}(?:\s*[(（]([^()（）]{{2,40}})[)）])?")
_PART_BARE = lazy_re(rf"(?i)(?:{_role('part_bare')})\s*[:：]?")
_COUNT_NEXT = lazy_re(rf"(?i)\s*(?:{COUNT_WORDS})(?![{_LATIN}])")
_LOT = lazy_re(rf"(?i)(?:{_role('lot')}){_NUMBER_WORD}{_CODE}")
_ORDER = lazy_re(rf"(?i)(?:{_role('order')}){_NUMBER_WORD}{_CODE}")
# a count in the sentence, with its word after (``2,400 pieces``, ``37 件``), the phrase that
# says what it counts after it; or the phrase first, then the figure, its word left out at times
# (``不良数：37``) — never the figures of a date or a code (``到货 3月5日``, ``共 2026-3``)
_FIGURE_AFTER = (
    rf"{COUNT_FIGURE}(?:\s*(?:{COUNT_WORDS})\.?(?![{_LATIN}])"
    rf"|(?!\s*[{_LATIN}\d/%\-\u3400-\u9fff]))"  # (bare: no word after it; 2 批 counts no pieces)
)


def _counted(role: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The count a role's phrases say, after the count and before it (two patterns: one
    group name each)."""
    after = lazy_re(rf"(?i){COUNTED_IN_TEXT}\s*(?:{_role(role + '_after')})")
    before = lazy_re(rf"(?i)(?:{_role(role + '_before')})\s*{_FIGURE_AFTER}")
    return after, before


# a count written in Chinese numerals (``四十五件``, ``一千二百五十件``, ``两百``, the financial
# ``贰佰件``, ``1.5万件``): read by cn2an (:func:`_han_count`) and its field always warned, so the
# clerk checks it against the letter; one cn2an cannot read is left empty and warned
# (matched from the run's first character only, as COUNT_FIGURE is: a search starting again at
# each of a run's thousands of numerals cost seconds per run)
_HAN_NUMERALS = "零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟"
_HAN_COUNT = (
    rf"(?<![\d.{_HAN_NUMERALS}])(?P<figure>(?:\d+(?:\.\d+)?)?[{_HAN_NUMERALS}]+)"
    rf"\s*(?:{COUNT_WORDS})"
)


def _counted_in_words(role: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """:func:`_counted`'s two patterns for a count in Chinese numerals."""
    after = lazy_re(rf"(?i){_HAN_COUNT}\s*(?:{_role(role + '_after')})")
    before = lazy_re(rf"(?i)(?:{_role(role + '_before')})\s*{_HAN_COUNT}(?![{_LATIN}])")
    return after, before


_DELIVERED = _counted("delivered")
_DEFECTIVE = _counted("defective")
_COUNTS_IN_WORDS = {"ship_qty": _counted_in_words("delivered"), "defect_qty": _counted_in_words("defective")}
_SHOWING = lazy_re(
    rf"(?i){COUNTED_IN_TEXT}\s*(?:{_role('showing')})\s*(?P<defect>[^.;。；\n]*(?:\.\d[^.;。；\n]*)*)"
)
_COUNT_THEN_DEFECT = lazy_re(
    rf"(?i)(?:{_role('defect_after_count')})\s*{COUNTED_IN_TEXT}\s*"
    r"(?!(?:为|是)?\s*(?:不良|不合格))(?P<defect>[^.;。；\n]*(?:\.\d[^.;。；\n]*)*)"
)
_REPLY_HEADER = lazy_re(rf"(?i)(?:{_role('reply_header')})")
_REPLY_FROM = lazy_re(rf"(?i)^(?:{_role('reply_from')})")
_REPLY_SENT = lazy_re(rf"(?i)^(?:{_role('reply_sent')})")
_MAIL_HEADER = lazy_re(rf"(?i)^(?:{_role('mail_header')}|(?:{_role('subject')})\s*[:：])")
_QUOTED = lazy_re(r"^\s*(?:>\s?)+")  # a line of an older mail quoted in a reply ("> ", ">> ")
_DEPARTMENT = lazy_re(rf"(?i)(?:{_role('department')})[.\s]*")
_CONSEQUENCE = lazy_re(rf"[,，、]\s*(?:{_role('consequence')})")
_DEFECT_LABEL = lazy_re(rf"(?i)(?:{_role('defect_label')})\s*(?P<defect>[^.;。；\n]+)")
# the person to contact under the signature: a name of two to forty letters, no figure (a phone
# number on the line after the name ends it)
# a company's legal form (PHRASES' company_suffix, company_prefix) beside persons' COMPANY: a Latin
# one ends the name ("Kowalski Sp. z o.o."), a Chinese or Japanese one may stand before a department
# ("香港精工有限責任公司 品質部") or open the name ("株式会社デンソー", "PT Maju Bersama")
_SUFFIX_FRAGMENTS = {f for by_language in PHRASES["company_suffix"].values() for f in by_language}
_LATIN_SUFFIX = lazy_re(
    rf"(?i)(?:{'|'.join(_bounded(f) for f in sorted(_SUFFIX_FRAGMENTS, key=len, reverse=True) if not _CJK.search(f))})\s*$"
)
_CJK_SUFFIX = lazy_re(
    "|".join(sorted((f for f in _SUFFIX_FRAGMENTS if _CJK.search(f)), key=len, reverse=True))
)
_COMPANY_PREFIX = lazy_re(rf"(?i)^(?:{_role('company_prefix')})")
_CONTACT = lazy_re(
    rf"(?i)^(?:{_role('contact_label')})\s*([^\d,，;；:：()（）]{{2,40}}?)\s*(?:[,，;；(（]|$)"
)
_NOT_SIGNATURE = lazy_re(rf"(?i)^(?:{_role('not_signature')})(?:\s|[:：]|$)")
_REQUEST = lazy_re(rf"(?i)(?:{_role('request')})([^.。!！;；\n]*)")
_MAIL_GREETING = lazy_re(rf"(?i)^(?:{_role('mail_greeting')})[,:：!！。]?$")
_SENDS_ATTACHMENT = lazy_re(rf"(?i){_role('sends_attachment')}")
_COUNT_IN_TEXT = lazy_re(rf"(?i){COUNTED_IN_TEXT}")
_YOUR = lazy_re(r"(?i)^(?:(?:your|ihr|ihre|votre|vos|su|sus)\b|贵司|贵公司)")
# a date line: the date alone, or after the town it was written in ("Leeds, 5 March 2026"), a
# word between ("Berlin, den 5. März 2026", "Lyon, le 5 mars 2026") or a label ("日期：…")
_TOWN = lazy_re(r"^[^\d,，:：]{2,40}[,，]\s*")
_DATE_LEAD = lazy_re(rf"(?i)^(?:{_role('date_lead')})\s+(?=\d)")
_DATE_LABEL = lazy_re(rf"(?i)^(?:{_role('date_label')})\s*")
_YEAR_WRITTEN = lazy_re(r"(?<!\d)(20\d{2})\s*年")  # a year the letter writes as one: 2026年
_SENTENCE_END = lazy_re(r"[。！？!?：:；]\s*$")  # (not "." : "PO 7700123." may end a wrapped line)
# a code the line broke after one of its hyphens (``RF-PMP-`` / ``4416``): joined again as one
_CODE_BROKEN = lazy_re(r"[A-Z0-9]-$")
_SHORT_LINE = 0.7  # of the longest line's width: a printed line this short ends its paragraph

# the fields read and the phrase each is read from (shown as the value's "label")
_ANCHORS = {
    "received_date": ("信的日期", "letter date"),
    "number": ("我方编号", "Our reference"),
    "part_no": ("part no. / 料号", "part no. / 料号"),
    "part_name": ("part no. (…)", "part no. (…)"),
    "lot_no": ("lot / 批号", "lot / 批号"),
    "order_no": ("purchase order / 订单", "purchase order / 订单"),
    "ship_qty": ("… pcs delivered / 共 … 件", "… pcs delivered / 共 … 件"),
    "defect_qty": ("… pcs show / 不良 …", "… pcs show / are rejected / 不良 …"),
    "description": ("… pcs show … / 不良现象", "… pcs show … / defect"),
    "customer_request": ("we request … / 要求…", "we request … / 要求…"),
    "customer": ("签名的公司", "signature company"),
    "reporter": ("联系人", "contact"),
}


def _lines(words: Sequence[Any]) -> list[tuple[str, str]]:
    """The printed lines of the words (page, text), top to bottom, left to right within a line."""
    out: list[tuple[str, str]] = []
    rows: list[list[Any]] = []
    for w in sorted(words, key=lambda w: (w.page, w.top, w.x0)):
        last = rows[-1] if rows else None
        if last and last[0].page == w.page and abs(last[0].middle - w.middle) < 0.5 * (w.bottom - w.top):
            last.append(w)
        else:
            rows.append([w])
    for row in rows:
        out.append((f"p{row[0].page}", " ".join(w.text for w in sorted(row, key=lambda w: w.x0)).strip()))
    return out


def sheet_lines(sheets: Sequence[Any]) -> list[tuple[str, str]]:
    """A workbook's text as lines (cell, text): each row's cells left to right, a cell's own
    lines apart (an e-mail body pasted into one cell, or one line a row down column A)."""
    out: list[tuple[str, str]] = []
    for sheet in sheets:
        rows: dict[float, list[Any]] = {}
        for box in sheet.boxes:
            if not box.empty and str(box.text).strip():
                rows.setdefault(box.y0, []).append(box)
        for _y, row in sorted(rows.items()):
            row.sort(key=lambda b: b.x0)
            parts = [str(b.text).splitlines() for b in row]
            if len(row) == 1:
                out += [(row[0].location, t.strip()) for t in parts[0] if t.strip()]
            else:
                out.append((row[0].location, " ".join(" ".join(p) for p in parts).strip()))
    return out


def _fold(text: str) -> str:
    """The text as phrases are matched: half-width, simplified script (same length where the
    script's conversion keeps it; values are then taken from the text as written)."""
    return simplified(halfwidth(text))


def _letter_parts(lines: list[tuple[str, str]]) -> tuple[list[tuple[str, str]], int, int] | None:
    """(folded lines, salutation's index, close's index) of a letter that complains, else None."""
    lines = [(p, _fold(t)) for p, t in lines]
    start = next((i for i, (_p, t) in enumerate(lines) if _SALUTATION.match(t) and not _field_label(t)), None)
    if start is None:
        return None
    end = next((i for i in range(start + 1, len(lines)) if _CLOSE.match(lines[i][1])), None)
    if end is None or end - start < 2:
        return None
    body = _joined(lines[start + 1 : end])
    if not _COMPLAINS.search(body) and not any(_COMPLAINS.search(t) for _p, t in lines[:start]):
        return None
    if (_MAIL_GREETING.match(lines[start][1]) or _SENDS_ATTACHMENT.search(body)) and not (
        _COUNT_IN_TEXT.search(body) or _REQUEST.search(body)
    ):
        return None  # "Hi Tom, please find attached our 8D report for the complaint …": a cover note
    return lines, start, end


def complaint_letter(texts: Sequence[str]) -> bool:
    """Do ``texts`` (lines in reading order) make a letter that complains beyond doubt — a
    salutation, a complimentary close and a body that complains (:func:`_letter_parts`)? The
    letter reader's, not a form's, whatever labels its lines print."""
    return _letter_parts([("", t) for t in texts if t.strip()]) is not None


def letter_unsigned_by_company(lines: list[tuple[str, str]]) -> int | None:
    """The index of the salutation of a letter that complains (:func:`_letter_parts`) whose
    lines after the close name no company (``Dr. Helen Shaw`` / ``Head of Biomedical
    Engineering``: a person and a title signing, the company left to the letterhead), else None."""
    parts = _letter_parts(lines)
    if parts is None:
        return None
    folded, start, end = parts
    return None if any(_company_name(t) for _p, t in folded[end + 1 :]) else start


def _field_label(text: str) -> bool:
    """Is a line a form's label with its colon (``业务主管：``, ``品质部：``), not an addressee?
    The Chinese salutation "…部：" / "…主管：" reads as one; a form with a thank-you line under
    it is no letter. Asked of a line the salutation pattern matched only (a few per sheet)."""
    line = re.sub(r"\s*[:：]\s*$", "", text).strip()
    if not line or len(line) > 30 or not _CJK.search(line):
        return False
    key = norm(line)
    return any(
        found[1] >= 0.85 and len(found[2]) >= 0.75 * len(key) for _spec, found in form_labels().matches(line)
    )


def _joined(lines: Sequence[tuple[str, str]], rows: bool = False) -> str:
    """The lines as one text: a line's end that ends a paragraph as a line break (a value read
    after a phrase stops there), a line wrapped as a space — none between two Chinese
    characters (a Chinese sentence wraps anywhere, ``料`` at one line's end, ``号`` at the next's).
    ``rows``: a sheet's lines, each a row typed or pasted as a paragraph of its own; a printed
    line ends its paragraph when it closes a sentence or stops well short of the longest."""
    widths = [sum(2 if _CJK.match(c) else 1 for c in text) for _p, text in lines]
    full = max(widths, default=0)
    out = ""
    for n, (_p, text) in enumerate(lines):
        if out:
            last = lines[n - 1][1]
            if rows or _SENTENCE_END.search(last) or widths[n - 1] < _SHORT_LINE * full:
                out += "\n"
            elif not (_CJK.match(out[-1]) and _CJK.match(text[:1])) and not _CODE_BROKEN.search(out):
                out += " "
        out += text
    return out


def _requests(text: str) -> list[str]:
    """The requests a sentence names (``the return of the whole lot and a replacement``,
    ``退货并补货``, ``Ersatz und eine Gutschrift``), in its order."""
    from ..forms.complaint import Request

    found: list[str] = []

    def look(words: str) -> bool:
        try:
            option = Request.lookup(words)
        except Exception:
            option = None
        if option is None:
            return False
        if option.value not in found:
            found.append(option.value)
        return True

    for run in re.findall(r"[^\W\d_]+(?:\s+[^\W\d_]+)*", text):
        if _CJK.search(run):  # no spaces: the words are found as they stand, two to four characters
            n = 0
            while n < len(run):
                n += next((size for size in (4, 3, 2) if look(run[n : n + size])), 1)
            continue
        tokens = run.split()
        for n, token in enumerate(tokens):
            for words in (" ".join(tokens[n : n + 2]), token):
                if look(words):
                    break
    return found


def _date_line(text: str) -> str | None:
    """The date a line of the letter's head or signature block is (as written), else None."""
    rest = _DATE_LABEL.sub("", _TOWN.sub("", text.strip()), count=1)
    rest = _DATE_LEAD.sub("", rest).strip()
    if not rest or not re.search(r"\d", rest):
        return None
    if MONTH_DAY.match(rest) or either_order_date(rest):
        return rest  # 3月5日: the year is the letter's (_with_letters_year); 05/03/2026: the guards' order
    try:
        parse_date(rest)
    except Exception:
        return None
    return rest


def _with_letters_year(written: str, text: str) -> tuple[str, str | None]:
    """``3月5日`` with the one year the letter writes (``2026年…`` in its body) → ISO date and
    the year's warning's date; as written when the letter writes none, or two."""
    m = MONTH_DAY.match(written)
    years = {int(y) for y in _YEAR_WRITTEN.findall(text)}
    if m is None or len(years) != 1:
        return written, None
    try:
        date = dt.date(years.pop(), int(m[1]), int(m[2]))
    except ValueError:
        return written, None
    return date.isoformat(), date.isoformat()


def read_letter(words: Sequence[Any], source: str, form: Extraction | None = None) -> Extraction | None:
    """A complaint letter's values from a PDF's words (see the module's doc), or None;
    ``form``: what the form reader read of the same words (see :func:`letter_over_form`)."""
    if form is not None and not thin_record(form):
        return None
    return read_letter_lines(_lines(words), source, labelled=labelled_values(form))


def thin_record(form: Extraction) -> bool:
    """Did the form reader find no more than a letter's head lines give — its number or
    reference, a date (``编号：TS-…``, ``Date: …``, ``Our ref: …``) — and no party, product or
    problem? Such a "form" may be a letter with a reference line above its prose (issue 10);
    a form with one product or party field filled is a form, letter frame or not."""
    spec = forms.get(form.kind) if form.kind else None
    if spec is None:
        return False
    for path, value in form.values.items():
        if value in (None, "", [], {}) or _guessed(form, path):
            continue  # (a value read by its label's head word is a guess: no form's sign)
        top = re.split(r"[.\[]", path, maxsplit=1)[0]
        meta = spec.fields.get(top)
        if not (_numbers_it(top) or (meta is not None and meta.kind == "date")):
            return False
    return True


def _guessed(form: Extraction, path: str) -> bool:
    """Was every value of ``path`` (a field, or a group's members) read by a head word only?"""
    provs = [p for at, p in form.provenance.items() if at == path or at.startswith(path + ".")]
    return bool(provs) and all(by_head_word(p) for p in provs)


def _numbers_it(path: str) -> bool:
    """Is a field a document's number or a reference to one (``number``, ``complaint_number``)?"""
    return path == "number" or path.endswith("_number")


def labelled_values(form: Extraction | None) -> dict[str, tuple[Any, str]]:
    """The values a thin form reading took from labelled lines, as the letter's fields (the
    reference → the complaint's number, a date → the letter's date) with their places."""
    if form is None or form.kind is None:
        return {}
    spec = forms.get(form.kind)
    out: dict[str, tuple[Any, str]] = {}
    for path, value in form.values.items():
        if value in (None, "", [], {}) or not isinstance(value, str):
            continue
        meta = spec.fields.get(path)
        target = "number" if _numbers_it(path) else "received_date" if meta and meta.kind == "date" else None
        if target is not None and target not in out:
            out[target] = (value, str(form.locations.get(path) or "").partition(" ")[0] or "p1")
    return out


def read_letter_lines(
    written: list[tuple[str, str]],
    source: str,
    rows: bool = False,
    labelled: dict[str, tuple[Any, str]] | None = None,
) -> Extraction | None:
    """A complaint letter's values from its lines (place, text) — a PDF's printed lines, a
    workbook's cells (``rows``: see :func:`_joined`) — or None when the text is no such letter.
    ``labelled``: values a form reading took from the letter's labelled head lines (kept first).

    An e-mail with a reply chain (``-----Original Message-----``, ``> `` quoted lines, ``在 … 写道：``)
    is read from its newest message only, warned ``letter_reply_chain``: a value the older mail
    quoted below states and the newest does not is never taken (it may have been corrected
    since), its field warned ``letter_reply_chain_quoted``."""
    cut = _reply_start(written)
    if cut is None:
        return _read_letter_lines(written, source, rows, labelled)
    newest = [(p, t) for p, t in written[:cut] if not _QUOTED.match(t)]
    below = cut if _QUOTED.match(written[cut][1]) else cut + 1  # (a quoted line is the older mail's own)
    older = [(p, _QUOTED.sub("", t)) for p, t in written[below:]]
    older = older[: _reply_start(older)]  # the mail replied to, without the ones it quotes in turn
    got = _read_letter_lines(newest, source, rows, labelled)
    quoted = _read_letter_lines(older, source, rows)
    if got is None and quoted is None:
        return None
    place, marker = written[cut][0], _fold(written[cut][1]).strip()[:40]
    if got is None:  # (a reminder above the complaint it quotes: nothing is read from the quote)
        raise SourceError("letter_quoted_only", marker=marker)
    spec = forms.get("complaint")
    got.problems.insert(1, Problem("letter_reply_chain", "", "", "", place, "warning", {"marker": marker}))
    for path, value in (quoted.values if quoted is not None else {}).items():
        if got.values.get(path) in (None, "", []):
            zh, en = labels_for(spec, path)
            shown = ", ".join(value) if isinstance(value, list) else str(value)
            at = str(quoted.locations.get(path) or place) if quoted is not None else place
            said = {"value": shown}
            got.problems.append(Problem("letter_reply_chain_quoted", path, zh, en, at, "warning", said))
    return got


def _reply_start(lines: Sequence[tuple[str, str]]) -> int | None:
    """The index of the line where an e-mail's quoted older message begins (see
    :func:`read_letter_lines`), or None: a reply header (``-----Original Message-----``, ``On …
    wrote:``) or the first of the lines quoted with ``>`` (two or more) below a line that is no
    header (a forward with nothing written above it is one message); a ``From:`` line with a
    sending time below it, below a message of its own — a salutation, a close, or a line that
    counts, complains or asks (a letter's memo head, ``From: … Date: …`` under its letterhead,
    and a mail pasted with its own head are one message)."""
    folded = [_fold(t).strip() for _p, t in lines]
    # the last line of the writer's own (no quoted line): quoted lines above it are a passage the
    # letter quotes ("Your drawing states: > Burr height max. 0.1 mm"), its text going on below
    own = max((i for i, t in enumerate(folded) if t and not _QUOTED.match(t)), default=-1)
    above = spoken = False
    for i, text in enumerate(folded):
        if _REPLY_HEADER.fullmatch(text) and above:
            return i
        if (
            _QUOTED.match(text)
            and above
            and i > own
            and sum(1 for t in folded[i : i + 5] if _QUOTED.match(t)) >= 2
        ):
            return i
        heads = _REPLY_FROM.match(text) or _REPLY_SENT.match(text) or _MAIL_HEADER.match(text)
        if _REPLY_FROM.match(text) and spoken and any(_REPLY_SENT.match(t) for t in folded[i + 1 : i + 5]):
            return i
        if text and not heads and not _REPLY_HEADER.fullmatch(text) and not _QUOTED.match(text):
            above = True
            spoken = spoken or bool(
                _SALUTATION.match(text)
                or _CLOSE.match(text)
                or _COUNT_IN_TEXT.search(text)
                or _COMPLAINS.search(text)
                or _REQUEST.search(text)
            )
    return None


def _read_letter_lines(
    written: list[tuple[str, str]],
    source: str,
    rows: bool = False,
    labelled: dict[str, tuple[Any, str]] | None = None,
) -> Extraction | None:
    """:func:`read_letter_lines` of one message."""
    parts = _letter_parts(written)
    if parts is None:
        return None
    lines, start, end = parts
    as_written = {p_t[1]: w[1] for p_t, w in zip(lines, written, strict=True)}  # folded → written
    head = lines[:start]
    body, written_body = (_unhyphenated(_joined(ls[start + 1 : end], rows)) for ls in (lines, written))
    values: dict[str, Any] = {}
    page: dict[str, str] = {}

    def take(path: str, value: Any, at: str) -> None:
        if value not in (None, "", []) and path not in values:
            values[path] = value
            page[path] = at

    for path, (value, at) in (labelled or {}).items():
        take(path, value, at)
    first_page = lines[start][0]
    signed = lines[end + 1 :]
    for p, text in [*head, *signed]:  # (a Chinese letter dates itself under the signature)
        date = _date_line(text)
        if date is not None:
            take("received_date", date, p)
        dated = _REFERENCE_DATED.match(text)
        if dated and not _YOUR.match(text) and _date_line(dated[2]) is not None:
            take("number", dated[1], p)  # "Our ref: QC-2026-031 / 05.03.2026": the reference, then its date
            take("received_date", _date_line(dated[2]), p)
        m = _REFERENCE.match(text)
        if m and not _YOUR.match(text):
            take("number", m[1], p)
        elif not _YOUR.match(text):
            take("number", _numbered_line(text), p)
    subject = _joined(head) + " " + body  # "Re: … part no. X (name)" may head it
    written_subject = _joined(written[:start]) + " " + written_body
    m = next((m for m in _PART.finditer(subject) if _names_part(subject, m)), None)
    if m:
        take("part_no", m[1].rstrip("."), first_page)
        name = (m[2] or "").strip()
        if m[2] and len(written_subject) == len(subject):  # (the name as written: 閥座, never 阀座)
            name = written_subject[m.start(2) : m.end(2)].strip()
        if not (_LOT.match(name) or _ORDER.match(name) or re.fullmatch(_CODE, name)):
            take("part_name", name, first_page)  # ("料号 X（批次 Y）": the brackets say its lot, no name)
    for path, pattern in (("lot_no", _LOT), ("order_no", _ORDER)):
        m = pattern.search(body)
        if m:
            take(path, m[1].rstrip("."), first_page)
    spaced = not _UNSPACED_SALUTATION.match(lines[start][1])
    m = _first(body, *_DELIVERED)
    if m:  # (pieces, 件: counted alike)
        take("ship_qty", f"{spaced_count(m['figure'], spaced)} pcs", first_page)
    m = _first(body, *_DEFECTIVE) or _SHOWING.search(body)
    if m:
        take("defect_qty", f"{spaced_count(m['figure'], spaced)} pcs", first_page)
    in_words = {
        path: m["figure"]
        for path, patterns in _COUNTS_IN_WORDS.items()
        if path not in values and (m := _first(body, *patterns)) is not None
    }
    for path, figure in in_words.items():
        count = _han_count(figure)
        if count is not None:
            take(path, f"{count} pcs", first_page)
    m = _SHOWING.search(body) or _DEFECT_LABEL.search(body) or _COUNT_THEN_DEFECT.search(body)
    if m:  # (in the customer's own words and script: the text as written, where it lines up)
        said = (
            written_body[m.start("defect") : m.end("defect")]
            if len(written_body) == len(body)
            else m["defect"]
        )
        take("description", _described(_CONSEQUENCE.split(said, maxsplit=1)[0]), first_page)
    m = _REQUEST.search(body)
    if m:
        take("customer_request", _requests(m[1]), first_page)
    for p, text in signed:  # (as written: a name is never folded to another script)
        m = _CONTACT.match(text)
        if m:
            written_line = as_written.get(text, text)  # (聯絡人：陳志明: the label folds, the name not)
            name = written_line[m.start(1) : m.end(1)] if len(written_line) == len(text) else m[1]
            take("reporter", name.strip(), p)
    signature = [(p, t) for p, t in signed if not _NOT_SIGNATURE.match(t) and not _CONTACT.match(t)]
    named = [(p, name) for p, t in signature if (name := _company_name(as_written.get(t, t))) is not None]
    if named:  # the first company line after the close: the signer's (a cc: below is another's)
        take("customer", named[0][1], named[0][0])
    heads = [(p, name) for p, t in head if (name := _company_name(as_written.get(t, t))) is not None]
    if len(heads) >= 2 and heads[0][1] == _company_name(as_written.get(head[0][1], head[0][1])):
        # no company signs: the letterhead's, the head's first line, when the addressee's company
        # stands below it (a head with one company may be the addressee's block alone)
        take("customer", heads[0][1], heads[0][0])
    if not any(k in values for k in ("part_no", "ship_qty", "defect_qty")) and not in_words:
        return None  # a reminder, a reply mentioning a complaint: no part, no quantity complained of
    got = _extraction(forms.get("complaint"), values, page, first_page, source, _joined(lines), in_words)
    withdrawn = _WITHDRAWS.search(_joined(head) + " " + body)
    if withdrawn:  # (the letter still read: the clerk finds the complaint by its part and number)
        said = {"said": withdrawn[0]}
        got.problems.insert(1, Problem("complaint_withdrawn", "", "", "", first_page, "warning", said))
    return got


# the longest count in numerals read: 壹仟贰佰叁拾肆万伍仟陆佰柒拾捌 (12,345,678) takes 15 characters
_HAN_COUNT_CHARS = 40
# two digits side by side with no unit between (两三, 一二, 七八): a range in a letter, never one figure
_NUMERAL_RANGE = lazy_re(r"[一二两三四五六七八九壹贰叁肆伍陆柒捌玖]{2}")


def _han_count(figure: str) -> int | None:
    """A count written in Chinese numerals as a whole number (``一千二百五十`` → 1250, ``贰佰`` →
    200, ``两百`` → 200, ``1.5万`` → 15000), by cn2an; None when it reads as no whole number or
    says a range (``两三``, ``七八``: cn2an would read 23, 78)."""
    import cn2an  # (only for a letter that writes a count in numerals: its import is not free)

    if _NUMERAL_RANGE.search(figure):  # 两三件, 七八件: two or three, never 23
        return None
    if len(figure) > _HAN_COUNT_CHARS:  # (no count of pieces: cn2an would make a number of
        return None  # thousands of digits that Python refuses to print)
    try:
        number = cn2an.cn2an(figure, "smart")
    except (ValueError, KeyError, IndexError, TypeError):
        return None
    if isinstance(number, float) and not number.is_integer():
        return None
    return int(number) if number >= 0 else None


def _company_name(text: str) -> str | None:
    """The company a signature or letterhead line names, read whole (``Kowalski Sp. z o.o.``,
    ``Harbour Tools Pty Ltd``, never cut at a dot of its legal form), else None. A Chinese or
    Japanese name ends at its legal form (``有限公司``, ``株式会社``: the department signing after it
    is no part of it), or at the first space when the form opens it (``株式会社デンソー 品質部``)."""
    text = text.strip()
    folded = _fold(text)
    if len(folded) != len(text):
        folded = text  # (the folding changed the length: matched as written)
    found = sorted(
        (m for m in (*_CJK_SUFFIX.finditer(folded), *COMPANY.finditer(folded)) if _CJK.search(m[0])),
        key=lambda m: m.start(),
    )
    if found:
        if found[0].start() == 0 and _COMPANY_PREFIX.match(folded):
            return text.split()[0]  # the legal form first: the name runs to the first space
        space = re.compile(r"\s").search(folded, found[0].end())
        within = [m.end() for m in found if space is None or m.start() < space.start()]
        return text[: max(within)].strip()  # (某某集团有限公司: the last form of the name's own run)
    if COMPANY.search(folded) or _LATIN_SUFFIX.search(folded) or _COMPANY_PREFIX.match(folded):
        return text
    tail = max(0, len(folded) - 60)  # (a department is a few words: only the line's last 60 letters)
    for m in re.finditer(r"\s*[-–—/|,]\s*|\s+", folded[tail:]):  # a department after the legal form
        m_start, m_end = m.start() + tail, m.end() + tail
        name = folded[:m_start]
        if _DEPARTMENT.fullmatch(folded, m_end) and (COMPANY.search(name) or _LATIN_SUFFIX.search(name)):
            return text[:m_start].strip()
    return None


def _names_part(text: str, m: re.Match[str]) -> bool:
    """Is ``m`` (of ``_PART``) a part number? After a word that names the goods too (``零件``,
    ``物料``: PHRASES' ``part_bare``) only a code holding a letter or a hyphen with no count word
    after it: ``交货的零件 1200 件`` and ``物料 2400 pcs`` say how many, never which part."""
    if not _PART_BARE.fullmatch(text[m.start() : m.start(1)].strip()):
        return True
    return bool(re.search(r"[A-Za-z\-]", m[1])) and not _COUNT_NEXT.match(text, m.end(1))


_LABELLED_CODE = lazy_re(rf"^(.{{1,40}}?)\s*[:：]\s*{_CODE}$")


def _numbered_line(text: str) -> str | None:
    """The code of a head line labelled as a complaint form labels its number (``Complaint
    No.: CQ-26-0917``, ``投诉编号：…``, ``NCR No.: …``): a letter's number line is the form's."""
    m = _LABELLED_CODE.match(text)
    if m is None:
        return None
    labels = {norm(label) for label in forms.get("complaint").fields["number"].labels}
    return m[2] if norm(m[1]) in labels else None


def _unhyphenated(text: str) -> str:
    """A word hyphenated at a line's end made whole again."""
    return re.sub(r"(?<=\w)-\s+(?=[a-z])", "", text)


def _first(text: str, *patterns: re.Pattern[str]) -> re.Match[str] | None:
    """The match of any of the patterns that comes first in the text."""
    found = [m for pattern in patterns if (m := pattern.search(text)) is not None]
    return min(found, key=lambda m: m.start(), default=None)


def _described(text: str) -> str:
    """A defect as the sentence says it, without the separable verb's particle (``… auf``)."""
    text = text.strip(" ,，、")
    return re.sub(r"(?i)\s+auf$", "", text).strip()


def _extraction(
    spec: Any,
    values: dict[str, Any],
    page: dict[str, str],
    first_page: str,
    source: str,
    text: str,
    in_words: dict[str, str] | None = None,
) -> Extraction:
    """The letter's values, each with its warning, and the letter's own; ``in_words``: the
    counts written in Chinese numerals (field → as written), warned and left empty."""
    locations = Locations()
    provenance: dict[str, Provenance] = {}
    problems: list[Problem] = []
    date = values.get("received_date")
    if isinstance(date, str) and MONTH_DAY.match(date):
        values["received_date"], year_taken = _with_letters_year(date, text)
        if year_taken is not None:
            zh, en = labels_for(spec, "received_date")
            at = f"{page['received_date']} · {_ANCHORS['received_date'][1]}"
            params = {"value": date, "date": year_taken}
            problems.append(Problem("date_year_inferred", "received_date", zh, en, at, "warning", params))
    for path, value in values.items():
        anchor = _ANCHORS[path][1]
        at = f"{page[path]} · {anchor}"
        locations[path] = at
        provenance[path] = Provenance(at, anchor, page[path], LETTER_DOUBT, "letter")
        zh, en = labels_for(spec, path)
        shown = ", ".join(value) if isinstance(value, list) else str(value)
        params = {"value": shown, "anchor": anchor, "confidence": f"{LETTER_DOUBT:.2f}"}
        problems.append(Problem("low_confidence", path, zh, en, at, "warning", params))
    for path, written in (in_words or {}).items():
        zh, en = labels_for(spec, path)
        at = f"{first_page} · {_ANCHORS[path][1]}"
        if path in values:  # (read by cn2an: "1250 pcs")
            said = {"value": written, "count": str(values[path]).split()[0]}
            problems.append(Problem("count_in_words", path, zh, en, at, "warning", said))
        else:
            said = {"value": printable(written)}
            problems.append(Problem("count_in_words_unread", path, zh, en, at, "warning", said))
    locations.setdefault("", first_page)
    problems.insert(0, Problem("complaint_letter", "", "", "", first_page, "warning", {"count": len(values)}))
    return Extraction("complaint", values, locations, source, problems, provenance)
