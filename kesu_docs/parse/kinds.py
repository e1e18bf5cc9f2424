"""Which form a source holds: by its title or form code (:func:`detect_kind`), else by the
labels its layout carries (:func:`guess_kind`); :func:`choose_form` decides, weighing a title
low on the page or one that names a claim only generally against the labels and the readings,
and says what labels it did find when no form fits."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any, NamedTuple

from .. import forms
from ..forms import FormSpec, Titles
from ..lazy_re import lazy_re
from ..memos import memo
from ..problems import Bilingual, Problem, SourceError
from ..values import CHECKED, UNCHECKED, halfwidth
from .anchor import Box, anchor, explode, find_labels, read_boxes
from .boxes import page_number, printed_rows
from .letters import complaint_letter, phrases_of
from .vocab import BRACKETED, discipline, fold_ahead, folded, label_like, norm, sentence

# how many texts from the top of a sheet or page a title is looked for among
TITLE_TEXTS = 60
TITLE_LONGEST = 120  # the longest line a title is looked for in
_BOXED = lazy_re(rf"^\s*[{CHECKED}{UNCHECKED}]")  # a line opening with a ticked or an empty box


def detect_kind(
    texts: Iterable[Any], specs: Iterable[FormSpec | Titles], *, mentions: bool = True, by_title: bool = True
) -> str | None:
    """The form kind named by a title or form code among ``texts`` (cells, lines), else None.

    Form codes (``QR-047-01``) are matched anywhere in a text. Titles are compared in any
    script (traditional folded to simplified) and may share their text with a company name
    or a form code (``示范电子 客户抱怨处理单``, ``OQC异常处理单``); a text much longer than a
    title, or a label that merely mentions a form's name, does not decide the kind. An English
    title with more words around "8D" (``8D Problem Solving Report``) is an 8D report.
    Letter-spaced titles (``銷 貨 退 回 單``) read as their title, connectors aside
    (``矯正及預防措施`` = ``纠正预防措施``); a short acronym title (SCAR, PRR, G8D) decides only
    in brackets after a title (``… (SCAR)``) or before a form word (``G8D Report``), never in a
    label or a value (``RMA No.``, ``RMA``). ``by_title=False``: the "8D" mention alone (a caller
    that looked for the titles with ``mentions=False`` already, and found none).
    """
    specs = tuple(specs)
    kinds = {s.kind for s in specs}
    lines = [ln for text in texts if isinstance(text, str) for ln in text.split("\n")]  # "公司名\n标题"
    if by_title:
        found = _titled_line(lines, specs)
        if found is not None:
            return found[0]
    # a title anywhere beats "8D report" in a line: that may be one option of a form's list
    # ("Customer request: ☐ Credit ☒ 8D report"), which a line of tick boxes always is
    for text in lines if mentions else ():
        if (
            "8d" in kinds
            and _EIGHT_D.search(halfwidth(text))
            and len(text) <= 60
            and not _TICK_BOXES.search(text)
            and not _prose(text)
            and not _ASKED_FOR.search(_squash(norm(text)))
        ):
            return "8d"
    return None


def _prose(line: str) -> bool:
    """A line of prose, never a title: a clause ending on its full stop or holding a comma or a
    semicolon (``We request a formal 8D report from your organisation.``), or the rest of a wrapped
    sentence, opening on a small letter (``formal 8D report from your organisation.``). An 8D asked
    for in a letter or a memo names the answer awaited, not the paper it is written on."""
    text = line.strip()
    return bool(re.search(r"[，,；;。]|[.!?]$", text)) or bool(re.match(r"[a-z]{2,}\s", text))


def _titled_line(lines: Sequence[str], specs: tuple[FormSpec | Titles, ...]) -> tuple[str, str, int] | None:
    """The kind the first title among ``lines`` names, that line, and its place among the lines
    that hold text (:func:`detect_kind`'s look for a title); None for none."""
    # (the lines' folded forms worked out at once: issue 15, one OpenCC call)
    fold_ahead(halfwidth(text) for text in lines if len(text) <= TITLE_LONGEST)
    place = 0
    for text in lines:
        if not text.strip():
            continue
        if place >= TITLE_TOP and _BOXED.match(text):
            # a box before a form's name below the page's first lines (``☑ 8D 报告`` among what a
            # customer asks for: FA, an 8D, a refund) is a choice on the form, never its title
            place += 1
            continue
        if len(text) <= TITLE_LONGEST:
            found = _title_of_line(specs, text)
            if found is not None:
                return found, text.strip(), place
        place += 1
    return None


# a control block's line naming the form it is (表单名称 | 退货单, Form name: Return Note)
_FORM_NAME = lazy_re(
    r"(?i)^\s*(?:表单名称|表格名称|文件名称|form\s*name|form\s*title|document\s*title)\s*[:：]?\s*(?P<rest>.*)$"
)


def other_form_named(texts: Iterable[Any], kind: str) -> str | None:
    """The name of another form a form's control block gives as its own (``表单名称 | 退货单`` on a
    sheet titled 客户投诉处理单: a workbook copied from one form's and retitled): the form names
    two kinds, which the clerk is told. ``texts`` in reading order (a label, then its value);
    None where the form names no other kind than ``kind``."""
    lines = [t.strip() for t in texts if isinstance(t, str) and t.strip()]
    for i, text in enumerate(lines):
        said = _FORM_NAME.match(folded(halfwidth(text)))
        if said is None:
            continue
        name = said["rest"].strip() or (lines[i + 1] if i + 1 < len(lines) else "")
        other = detect_kind([name], forms.titles(), mentions=False) if name else None
        if other is not None and other != kind:
            return name
    return None


class KindDoubt(NamedTuple):
    """Why a kind chosen by its labels is in doubt beyond "no title" (:func:`choose_form`): a
    title of another form outweighed by the labels (``kind_title_overruled``), a title that
    names a claim only generally (``kind_title_general``); the warning's code and its words."""

    code: str
    params: dict[str, Any]


# choose_form's second answer: the kind guessed from the labels (True), with its doubt said
Guess = bool | KindDoubt


def kind_doubts(spec: FormSpec, guessed: Guess, other: str | None, location: str) -> list[Problem]:
    """The warnings on a form whose kind is in doubt, as every extraction of a source carries
    them: its kind guessed from its labels (``kind_guessed``, or the :class:`KindDoubt` of
    :func:`choose_form`), its control block naming another form (``two_forms_named``, ``other``
    from :func:`other_form_named`)."""
    title = Bilingual.title(spec)
    said: list[tuple[str, dict[str, Any]]] = [("kind_guessed", {"title": title})] if guessed else []
    if isinstance(guessed, KindDoubt):
        said = [(guessed.code, {"title": title, **guessed.params})]
    said += [("two_forms_named", {"title": title, "other": other})] if other is not None else []
    return [Problem(code, location=location, severity="warning", params=params) for code, params in said]


@memo
@lru_cache(maxsize=16384)
def _title_of_line(specs: tuple[FormSpec | Titles, ...], text: str) -> str | None:
    """The kind whose title or form code the line ``text`` carries (:func:`detect_kind`'s look
    at one line), None for none: the same for the same line, so looked for once a line (a
    batch of forms prints the same title and headings on every page; issue 15)."""
    titles, codes, somewhere, acronyms = _titles(specs)
    if not text.strip() or len(text) > TITLE_LONGEST:
        return None
    folded = halfwidth(text).upper()
    for code, kind in codes:
        if code.search(folded):
            return kind
    key = _squash(norm(text))
    bare = _squash(BRACKETED.sub("", key)) or key  # "供應商矯正預防措施要求單 (SCAR)"
    inner = {_squash(m) for m in BRACKETED.findall(key)}
    if (
        not inner
        and bare not in acronyms
        and (somewhere is None or not (somewhere.search(key) or (bare != key and somewhere.search(bare))))
    ):
        return None  # no title in this line (what the loops below would find, found at once)
    if _ASKED_FOR.search(key):
        return None  # "更换电池簇并出具 8D 报告", "Please submit an 8D report": a request, no title
    for title, kind, acronym in titles:
        if acronym:
            # SCAR, PRR, G8D: only in brackets after a title, or before Report/Form…
            if (title in inner and bare != key and not label_like(text)) or bare in _with_form_words(title):
                return kind
            continue
        if any(len(title) >= 3 and k.endswith(title) and len(k) <= len(title) + 20 for k in (key, bare)):
            return kind  # a title ends with the form's name: "Customer Complaint 8D Report"
    for title, kind, acronym in titles:
        if acronym:
            continue
        for k in dict.fromkeys((key, bare)):
            if len(title) < 3 or title not in k or len(k) > len(title) + 20:
                continue
            if k == title or k.endswith(title):
                return kind
            if len(title) >= 4 and k.startswith(title) and not label_like(text):
                return kind  # "Credit Note 销售折让通知"; not a label "Credit Note No."
            if len(title) >= 5 and not label_like(text):
                return kind
    for title, kind, _ in titles:  # a long, distinctive title inside a longer line
        if len(title) >= 14 and title in key and not label_like(text):
            return kind
    return None


# an 8D's title that asks for one (a SCAR: the customer's complaint, its answer awaited)
_REQUEST_TITLE = lazy_re(r"(?i)request|要求|\bscar\b|anfrage|demande|solicitud")


# a verb asking for a form just before its name (the line's words run together, lower case: ``_squash(norm(…))``):
# ``更换电池簇并出具 8D 报告`` (replace the string and issue an 8D report), ``Please submit an 8D report``,
# ``請提供矯正預防措施報告`` — what a complaint asks for, typed as its value, never the title of the paper
_ASKED_FOR = lazy_re(
    r"(?:出具|提交|提供|递交|补交|寄回|回复|附上|submit|provide|send|furnish|issue|forward)"
    r"(?:an?|the|your|us|with)?(?:8d|纠正|矫正|改善|rma|credit|退货|折让)"
)


@lru_cache(maxsize=64)
def _titles(
    specs: tuple[FormSpec | Titles, ...],
) -> tuple[
    list[tuple[str, str, bool]], list[tuple[re.Pattern[str], str]], re.Pattern[str] | None, frozenset[str]
]:
    """Per set of forms, once: their titles (longest first, each told whether it is an acronym:
    asked of every title for every line, issue 15), their form codes' patterns, one
    pattern finding any title a line may hold (a non-acronym title of 3 characters or more:
    no shorter one decides), and every acronym followed by a form word ("scarreport")."""
    squashed = sorted(
        ((_squash(norm(t)), s.kind) for s in specs for t in s.titles), key=lambda tk: -len(tk[0])
    )
    titles = [(t, kind, _acronym(t)) for t, kind in squashed]
    # (compiled at their first search, as the module's constant patterns are: issue 15)
    codes = [(lazy_re(rf"(?<![\w-]){re.escape(s.code.upper())}(?![\w]|-\d)"), s.kind) for s in specs]
    words = sorted({t for t, _k, acronym in titles if len(t) >= 3 and not acronym}, key=len, reverse=True)
    somewhere = lazy_re("|".join(map(re.escape, words))) if words else None
    acronyms = frozenset(w for t, _k, acronym in titles if acronym for w in _with_form_words(t))
    return titles, codes, somewhere, acronyms


_FORM_WORDS = ("report", "form", "sheet", "request", "报告", "单", "表")


_CONNECTORS = lazy_re(r"[及与和/、&]|(?<=[a-z])and(?=[a-z])")


def _squash(key: str) -> str:
    """A title without its connectors: 矯正及預防措施 = 矫正预防措施, R&R = R and R."""
    return _CONNECTORS.sub("", key)


def _acronym(title: str) -> bool:
    """A short Latin title (SCAR, PRR, G8D): a word of a title, not a title alone."""
    return len(title) <= 4 and title.isascii() and title.isalnum()


def _with_form_words(acronym: str) -> set[str]:
    return {acronym + w for w in _FORM_WORDS}


_TICK_BOXES = lazy_re("[☑☐□■✓✔☒▣]")
_EIGHT_D = lazy_re(
    r"(?i)(?<![\w-])8\s*-?\s*D(?![a-z0-9_-])\s*(?:[a-z]+\s+){0,2}(report|报告|報告|problem|改善|$)"
)  # 8D Report, 8D Summary Report, 8D Corrective Action Report, 品質異常連絡書（8D报告）


_STEP = lazy_re(r"(?i)^\s*[(（【\[]?\s*step\b")
DISCIPLINES = 4  # distinct 8D discipline headings that make a title-less layout an 8D


def _disciplines(texts: Iterable[Any]) -> set[int]:
    """The discipline numbers headed among ``texts`` (``D3 — Containment``, ``D5/D6 – Corrective
    action``, ``D1 - Team``): a heading is short and names its discipline in words."""
    found = set()
    for text in texts:
        if not isinstance(text, str):
            continue
        for line in text.split("\n"):
            if len(line) > 60:
                continue
            number = _discipline_of_line(line)
            if number is not None:
                found.add(number)
    return found


@memo
@lru_cache(maxsize=16384)
def _discipline_of_line(line: str) -> int | None:
    """The discipline a line of up to 60 characters heads (:func:`_disciplines`), None for
    none: looked for once a line (issue 15)."""
    if _TICK_BOXES.search(line):
        return None
    heading = discipline(line.strip())
    if heading and _STEP.match(line):
        return None  # "Step 3 Customer request": any form's numbered part, no 8D's by itself
    if heading and re.search(r"[^\W\d_]{2}", heading[1]):
        return heading[0]
    return None


def label_evidence(
    pages: Sequence[Sequence[Box]], specs: Iterable[FormSpec]
) -> dict[str, dict[str, set[tuple]]]:
    """Per form, the fields whose labels the layout carries and the label boxes each was found
    at (page, x, y, text): the evidence :func:`guess_kind` and :func:`choose_form` weigh."""
    where: dict[str, dict[str, set[tuple]]] = {}
    for spec in specs:
        found: dict[str, set[tuple]] = {}
        for n, boxes in enumerate(pages):
            for key, at in find_labels(boxes, spec).items():
                found.setdefault(key, set()).update((n, b.x0, b.y0, b.text) for b in at)
        where[spec.kind] = found
    return where


def guess_kind(
    pages: Iterable[Sequence[Box]],
    specs: Iterable[FormSpec],
    *,
    share: float = 0.6,
    margin: float = 0.25,
    where: dict[str, dict[str, set[tuple]]] | None = None,
) -> str | None:
    """The form whose required labels a title-less layout carries, when the choice is clear.

    A form qualifies when at least ``share`` of its required fields have a label here and it
    leads every other form by ``margin``: a customer's own layout of the complaint sheet is
    recognised; a sheet of a few generic labels (客户名称, 日期) is not. Failing that, the
    labels only one form reads decide (:func:`_ahead`, twice as many as any other's). The caller
    warns the clerk that the kind was guessed. ``where``: the label evidence
    (:func:`label_evidence`) when the caller has it already.
    """
    specs = list(specs)
    if where is None:
        where = label_evidence([list(p) for p in pages], specs)
    scores = []
    for spec in specs:
        needed = [k for k, meta in spec.fields.items() if meta.required]
        if needed:
            scores.append((sum(k in where[spec.kind] for k in needed) / len(needed), spec.kind))
    scores.sort(reverse=True)
    if scores and scores[0][0] >= share and (len(scores) == 1 or scores[0][0] - scores[1][0] >= margin):
        return scores[0][1]
    return _ahead(own_labels(where), ratio=2)


def own_labels(where: dict[str, dict[str, set[tuple]]]) -> dict[str, int]:
    """Per form, how many of its fields have a label here that no other form reads (不良现象,
    退货数量, 折让金额): a form's own labels, the evidence that tells the forms apart."""
    every: dict[tuple, set[str]] = {}
    for kind, found in where.items():
        for at in found.values():
            for box in at:
                every.setdefault(box, set()).add(kind)
    return {
        kind: sum(any(every[b] == {kind} for b in at) for key, at in found.items() if "." not in key)
        for kind, found in where.items()
    }


def _ahead(
    own: dict[str, int], *, ratio: float = 1.0, least: int = 3, among: Iterable[str] | None = None
) -> str | None:
    """The form with the most own labels (:func:`own_labels`), of the forms ``among`` (all for
    None): at least ``least`` of them, more than any other form's and ``ratio`` times as many
    (2: a customer's own layout with few of the required labels but clearly of one form; 1:
    only ahead, for a title whose own form has none of its labels there); None on a tie."""
    kinds = set(own) if among is None else set(among)
    ranked = sorted(((n, kind) for kind, n in own.items() if kind in kinds), reverse=True)
    if not ranked or ranked[0][0] < least:
        return None
    first, second = ranked[0][0], (ranked[1][0] if len(ranked) > 1 else 0)
    if first <= second or first < ratio * second:
        return None
    return ranked[0][1]


class _Labels:
    """The labels of every form found on a file's pages (:func:`label_evidence`) and each form's
    own among them (:func:`own_labels`): looked for once a file, and only when a decision asks."""

    def __init__(self, pages: Sequence[Sequence[Box]]) -> None:
        self.pages = pages
        self._where: dict[str, dict[str, set[tuple]]] | None = None
        self._own: dict[str, int] | None = None

    @property
    def where(self) -> dict[str, dict[str, set[tuple]]]:
        if self._where is None:
            self._where = label_evidence(self.pages, forms.all_specs())
        return self._where

    @property
    def own(self) -> dict[str, int]:
        if self._own is None:
            self._own = own_labels(self.where)
        return self._own

    def guess(self) -> str | None:
        """:func:`guess_kind` on this evidence."""
        return guess_kind(self.pages, forms.all_specs(), where=self.where)


def _labels_found(pages: Sequence[Sequence[Box]], limit: int = 12) -> Any:
    """``（找到的标签：客户、日期…）``: what the clerk's file does say, for a form we do not know."""

    seen: list[str] = []
    for boxes in pages:
        for box in sorted(boxes, key=lambda b: (b.y0, b.x0)):
            for piece in explode(box):
                text = piece.text.strip().rstrip(":：")
                if isinstance(piece.value, str) and label_like(piece.text) and text and text not in seen:
                    seen.append(text)
    return labels_found(seen, limit)


def labels_listed(seen: Sequence[str], limit: int = 12) -> Any:
    """The labels a file prints, the first ``limit`` of them: ``客户、日期…`` / ``客户, 日期…``."""
    shown = "、".join(seen[:limit]) + ("…" if len(seen) > limit else "")
    return Bilingual(shown, shown.replace("、", ", "))


def labels_found(seen: Sequence[str], limit: int = 12) -> Any:
    """``（找到的标签：客户、日期…）`` / `` (labels found: …)`` for an error's message; '' for none."""
    if not seen:
        return ""
    listed = labels_listed(seen, limit)
    return Bilingual(f"（找到的标签：{listed.zh}）", f" (labels found: {listed.en})")


_8D = lazy_re(r"(?<![0-9A-Za-z])8\s*D(?![A-Za-z])", re.I)


def _names_8d(texts: Sequence[Any]) -> bool:
    """Does a text of the page say "8D" (``8D Report``, ``8D 报告``, ``8D No.``)? A SCAR's title says a
    corrective action is asked for, not which form it is; "8D" names the form. A sentence asking for
    one (a customer's request: "8D response due within 10 working days.") names the answer it awaits,
    not this form, unless it names an 8D report as a form's title does."""
    return any(
        _8D.search(line) and (not sentence(line) or _EIGHT_D.search(line))
        for t in texts
        if isinstance(t, str)
        for line in t.split("\n")
    )


def choose_form(
    kind: str | None, texts: Iterable[Any], pages: Iterable[Sequence[Box]], hint: str | None = None
) -> tuple[FormSpec, Guess]:
    """The form a source holds, and whether it was guessed from labels (warn the clerk then).

    ``--kind`` wins; else a title or form code among ``texts``; else ``hint`` (what the source
    says of itself, e.g. fillable PDF field names); else the form whose labels the layout
    carries. A title naming two forms (``GOODS RETURN / DEBIT NOTE``) lets the labels decide
    between them (``kind_title_two_forms``). A title below the page's first rows (a portal's
    fieldset heading, a value that begins with a form's name) is weighed against the labels:
    none of its form's own labels and clearly another form's, the labels decide
    (``kind_title_overruled``). A title naming a claim or a complaint only generally (``QUALITY
    CLAIM``, ``委外加工異常通知單``, a letter's ``RE: COMPLAINT ON …``) lets the forms' own labels
    decide among the forms a claim comes as (``kind_title_general``). Nothing at all:
    ``not_a_form``; labels but no clear choice: ``unknown_kind``. The labels of every form are
    looked for once, and only when a decision needs them.
    """
    # the titles without the forms' modules (issue 15: a batch of complaint sheets imports the
    # complaint form's alone); every form's labels, where they decide, from the forms themselves
    named = forms.titles()
    pages = [list(p) for p in pages]
    labels = _Labels(pages)
    texts = list(texts)
    lines = [ln for text in texts if isinstance(text, str) for ln in text.split("\n")]  # "公司名\n标题"
    # a title decides alone; without one, "8D report" in a line may (the titles looked for once)
    title = _titled_line(lines, tuple(named)) if kind is None else None
    titled = title[0] if title is not None else None
    # (no title found: the second look is for "8D report" alone, the titles not looked for again)
    chosen = kind or titled or detect_kind(texts, named, by_title=False) or hint
    guessed: Guess = False
    if kind is None and titled != "8d" and hint is None and "8d" in {s.kind for s in named}:
        if len(_disciplines(texts)) >= DISCIPLINES:
            if title is not None and _title_row(pages, title[1]) < TITLE_TOP:
                # a form's title at the top of its page, an 8D's headings below it (a complaint
                # sheet with a short 8D under it, 客诉处理单（含简易8D）): the form the title
                # heads, the second form on the sheet said
                return forms.get(title[0]), KindDoubt("kind_second_form", {"line": title[1]})
            # no 8D title but headings D1 … D8 (a portal's page of fieldsets): an 8D, whatever
            # labels of other forms its blocks hold (``Customer complaint`` reads as a title
            # there); told as a guess
            return forms.get("8d"), True
    if kind is None and titled == "8d" and hint is None and not _disciplines(texts) and not _names_8d(texts):
        # an 8D's title (a SCAR, "Supplier Corrective Action Request") over a page with none of
        # its disciplines whose labels clearly are another form's (a customer's request: part,
        # quantities, nonconformance): that form, told as a guess; a title that says "8D" is
        # the form it says. An 8D's own labels under a report's title (举一反三, 问题概述 of a
        # 归零报告: the report's own words for D2 and D7, no heading D1 … D8) keep it the form it
        # says, as they keep any title (:func:`_title_overruled`); under a request's title
        # (``SUPPLIER CORRECTIVE ACTION REQUEST``) they are what the customer asks for
        # (``Containment Required``), and the labels decide as before
        report = not _REQUEST_TITLE.search(title[1]) if title is not None else False
        other = labels.guess() if not (report and labels.own.get("8d", 0) > 0) else None
        if other is not None and other != "8d":
            return forms.get(other), True
    if title is not None and hint is None:
        two = _two_forms_titled(title, tuple(named), labels)
        if two is not None:
            return two
    if (
        title is not None
        and hint is None
        and title[2] >= TITLE_TOP
        and _title_row(pages, title[1]) >= TITLE_TOP
    ):
        # a title that says "8D" is the form it says: never overruled, only said where nothing
        # of an 8D is on the page
        stands = titled == "8d" and (_names_8d(texts) or bool(_disciplines(texts)))
        overruled = _title_overruled(title, labels, stands=stands)
        if overruled is not None:
            return overruled
    if kind is None and chosen is not None and chosen != hint and titled is None:
        # no title, only "8D report" in a line: the labels decide when they clearly name
        # another form; either way the kind is a guess the clerk is told about
        chosen, guessed = labels.guess() or chosen, True
    if chosen is None:
        chosen = labels.guess()
        guessed = chosen is not None
        claim_title = _general_title(lines) if chosen in _SETTLED_CLAIMS and kind is None else None
        if claim_title is not None and not claim_title[1]:
            # the labels chose a settlement (an allowance, a return) under a title naming a claim
            # only (质量扣款通知单, not a complaint): the title is named, as where the readings
            # decide, not "the form has no title"; a complaint's or an 8D's guess is said as before
            guessed = KindDoubt("kind_title_general", {"line": claim_title[0], "also": ""})
    if chosen is None and kind is None:
        general = _by_general_title(lines, pages)
        if general is not None:
            chosen, guessed = general
    if chosen is None:
        specs = forms.all_specs()
        if not any(anchor(boxes, spec)[1] for spec in specs for boxes in pages):
            raise SourceError(
                "not_a_form", kinds=[Bilingual.title(s) for s in specs], found=_labels_found(pages)
            )
        raise SourceError("unknown_kind", kinds=forms.kinds(), found=_labels_found(pages))
    try:
        return forms.get(chosen), guessed
    except forms.UnknownKind:
        raise SourceError("unknown_kind", kinds=forms.kinds(), found="") from None


_SETTLED_CLAIMS = ("allowance", "return")  # the forms settling a claim (money back, goods back)

TITLE_TOP = 3  # a title among a page's first three printed rows decides alone


def _title_row(pages: Sequence[Sequence[Box]], line: str) -> int:
    """The printed row a title ``line`` stands in, counted from the top of its own sheet or page
    (rows holding text; a letterhead of several lines in one cell is one row, a cover sheet
    before it is no row of its page); ``TITLE_TOP`` where no box holds the line (then the lines
    counted across the file stand: :func:`_titled_line`)."""
    for boxes in pages:
        by_page: dict[int, list[Box]] = {}
        for box in boxes:
            by_page.setdefault(page_number(box.location), []).append(box)
        for page in by_page.values():
            if not any(line in box.text for box in page):
                continue
            rows = [row for row in printed_rows([b for b in page if b.text.strip()])]
            return next(n for n, row in enumerate(rows) if any(line in box.text for box in row))
    return TITLE_TOP


def _title_overruled(
    title: tuple[str, str, int], labels: _Labels, stands: bool = False
) -> tuple[FormSpec, Guess] | None:
    """A title found below the page's first rows (``Customer complaint`` over a portal's 8D
    fieldset, ``Credit note against next shipment`` typed as a claim's settlement) over a layout
    that carries none of its form's own labels and clearly another form's (:func:`own_labels`,
    :func:`_ahead`): the labels' form, its warning naming the title; None where the title stands
    (any of its form's own labels found); the title's form, said (``kind_title_unsupported``),
    where none of its own labels is found and no other form is ahead or the title ``stands`` (an
    8D's that says "8D")."""
    titled, line, _place = title
    if labels.own.get(titled, 0) > 0:
        return None
    # a title with none of its form's own labels under it needs the others only ahead, not twice
    # as many (``Return Note`` as a fieldset heading over a claim's three own labels and an 8D's two)
    other = None if stands else _ahead(labels.own)
    if other is None:
        # no other form ahead either: the title stands, said (``更换电池簇并出具 8D 报告``, a request
        # typed as a value far down a contact sheet, read as an 8D's title)
        return forms.get(titled), KindDoubt("kind_title_unsupported", {"line": line})
    if other == titled:
        return None
    named = Bilingual.title(forms.get(titled))
    return forms.get(other), KindDoubt("kind_title_overruled", {"line": line, "named": named})


# where a title line joins two names (``GOODS RETURN / DEBIT NOTE``, ``退货及折让单``)
_JOINS = lazy_re(r"\s*[/|／｜&＆+]\s*|\s+(?:and|or)\s+|[及与和或]")
# a form word ending a title (``Goods Return Note``: ``Goods Return`` names the return note)
_TITLE_ENDS = (
    "report",
    "form",
    "sheet",
    "request",
    "note",
    "memo",
    "slip",
    "notice",
    "record",
    "单",
    "表",
    "报告",
    "书",
    "票",
)


def _two_forms_titled(
    title: tuple[str, str, int], specs: tuple[FormSpec | Titles, ...], labels: _Labels
) -> tuple[FormSpec, Guess] | None:
    """A title line naming two of the forms (``GOODS RETURN / DEBIT NOTE``, ``退货及折让单``) or a
    form and a claim only generally (``QUALITY CLAIM / CREDIT NOTE``): the form the labels
    name among them — its own labels ahead of the other's (:func:`_ahead`), else the reading that
    weighs most (:func:`_weighed`) —, else the form the title names first; always said
    (``kind_title_two_forms``). None for a title naming one form."""
    named = _forms_in_title(title[1], specs)
    if len(named) < 2 or ("8d" in named and _names_8d([title[1]])):
        return None  # (an 8D names the complaint it answers: ``客诉/8D报告`` is the 8D it says)
    among = [k for k in named if k != ""] or list(CLAIM_FORMS)
    if "" in named:  # a claim named generally: any form a claim comes as
        among = list(dict.fromkeys([*among, *CLAIM_FORMS]))
    chosen = _ahead(labels.own, least=1, among=among) or _weighed(labels.pages, among)
    how = Bilingual("依栏位判断为", "taken from its labels as")
    if chosen is None:
        chosen = next(k for k in named if k != "")
        how = Bilingual(
            "栏位不足以判断，按标题先写的一种读为", "its labels decide nothing: read as the first it names,"
        )
    shown = [Bilingual.title(forms.get(k)) if k else Bilingual("投诉或索赔", "a claim") for k in named]
    both = Bilingual("”与“".join(b.zh for b in shown), "' and '".join(b.en for b in shown))
    return forms.get(chosen), KindDoubt("kind_title_two_forms", {"line": title[1], "named": both, "how": how})


def _forms_in_title(line: str, specs: tuple[FormSpec | Titles, ...]) -> list[str]:
    """The forms a title line names in its parts, in order (``GOODS RETURN / DEBIT NOTE`` →
    return, allowance; "" for a part naming a claim only generally, ``QUALITY CLAIM``): a part
    names a form by a title of it (:func:`_title_of_line`) or by a title without its last form
    word (``Goods Return`` of ``Goods Return Note``, ``退货`` of ``退货单``). One form where the
    parts stand in that order in one title of a form (``銷貨退回或折讓證明單``, the shortened
    ``营业人销货退回进货退出或折让证明单``; a slash inside a title, ``纠正/预防措施处理单``), and a
    general word beside the form it leans to (``RECLAMO CLIENTE / CUSTOMER COMPLAINT``: the same
    title in two languages). Words in brackets after the title are no part of it."""
    bare = BRACKETED.sub("", halfwidth(line)).strip() or line
    written = [p.strip() for p in _JOINS.split(bare) if p and _squash(norm(p))]
    parts = [_squash(norm(p)) for p in written]
    stems, whole = _title_stems(specs)
    if len(parts) < 2 or any(_in_order(parts, title) for title in whole):
        return []
    named: list[str] = []
    for part, text in zip(parts, written, strict=True):
        found = stems.get(part) or _title_of_line(specs, text)
        word = _claim_word(text) if found is None and len(text) <= GENERAL_TITLE else None
        if word is not None:  # (a word of the complaint sheet's: marked, the complaint's own below)
            found = "complaint?" if _names_complaint(word) else ""
        if found is not None and found not in named:
            named.append(found)
    if "complaint?" in named:  # a complaint named generally: the complaint sheet, unless another form
        named.remove("complaint?")
        if "complaint" not in named:
            named.insert(0, "")
    return named


def _in_order(parts: Sequence[str], title: str) -> bool:
    """Do ``parts`` stand in ``title`` one after another (``销货退回`` … ``折让证明单``)?"""
    at = 0
    for part in parts:
        at = title.find(part, at)
        if at < 0:
            return False
        at += len(part)
    return True


@lru_cache(maxsize=8)
def _title_stems(specs: tuple[FormSpec | Titles, ...]) -> tuple[dict[str, str], frozenset[str]]:
    """Per set of forms, once: each title without its last form word (``goodsreturn`` → return),
    two characters at least, where only one form's titles give it; and the titles whole."""
    stems: dict[str, set[str]] = {}
    whole = frozenset(_squash(norm(t)) for spec in specs for t in spec.titles)
    for spec in specs:
        for t in spec.titles:
            key = _squash(norm(t))
            for end in _TITLE_ENDS:
                if key.endswith(end) and len(key) - len(end) >= 2:
                    stems.setdefault(key[: -len(end)], set()).add(spec.kind)
    return {stem: next(iter(kinds)) for stem, kinds in stems.items() if len(kinds) == 1}, whole


def _weighed(pages: Sequence[Sequence[Box]], among: Sequence[str]) -> str | None:
    """The form among ``among`` whose reading weighs most (:func:`_reading_weight`), ``READ_WEIGHT``
    at least and ``WEIGH_AHEAD`` times any other's; None where two are close."""
    weights = sorted(((_reading_weight(pages, k), k) for k in among), reverse=True)
    first, chosen = weights[0]
    second = weights[1][0] if len(weights) > 1 else 0.0
    return chosen if first >= READ_WEIGHT and first >= WEIGH_AHEAD * second else None


# the forms a customer's claim comes as: a title naming a claim only generally is one of them
CLAIM_FORMS = ("complaint", "8d", "return", "allowance")
# the words naming a claim or a complaint generally (a letter's set phrases: letter_phrases.PHRASES'
# "complains" and "claims") and a letter's subject line (its "subject" label: ``RE:``, ``Subject:``,
# ``事由：``, ``Betreff:``, ``Objet :``), one source with the letter reader's
_GENERAL_WORDS = lazy_re(rf"(?i){phrases_of('complains')}|{phrases_of('claims')}")
_SUBJECT = lazy_re(rf"(?i)^\s*(?:{phrases_of('subject')})\s*[:：]\s*(?P<rest>\S.{{2,80}})$")
SUBJECT_LINES = 15  # a letter's subject stands among its first lines (letterhead, reference, date, to)
GENERAL_TITLE = 40  # the longest line a general title is


def _general_title(lines: Sequence[str]) -> tuple[str, bool] | None:
    """A title among the first lines naming a claim or a complaint only generally (``QUALITY
    CLAIM``, ``委外加工異常通知單``, ``外协扣款单``, a letter's ``RE: COMPLAINT ON DEFECTIVE
    GOODS``), and whether it names a complaint (else a claim); None for none. A label, a
    sentence or a longer line is no title."""
    shown = [ln.strip() for ln in lines if ln.strip()][:SUBJECT_LINES]
    for n, line in enumerate(shown):
        subject = _SUBJECT.match(line)
        if subject is None and (
            n >= TITLE_TOP or len(line) > GENERAL_TITLE or label_like(line) or sentence(line)
        ):
            continue
        word = _claim_word(subject["rest"] if subject else line)
        if word is not None:
            return line, _names_complaint(word)
    return None


def _claim_word(text: str) -> str | None:
    """The word naming a claim or a complaint generally in ``text`` (:data:`_GENERAL_WORDS`:
    ``CLAIM``, ``異常``, ``扣款``, ``Reklamation``), folded; None for none."""
    found = _GENERAL_WORDS.search(folded(halfwidth(text)))
    return found[0].lower() if found else None


@lru_cache(maxsize=64)  # (the few general words: no memo of the reader's texts)
def _names_complaint(word: str) -> bool:
    """Does a general word lean to the complaint sheet? It does where the complaint sheet's own
    titles hold it (``claim`` in Customer Claim, ``异常`` in
    品质异常联络单) or it says a complaint (letter_phrases' "complains": ``complaint``, ``投诉``,
    ``défaut``): the title and the complaint sheet's labels then agree. Whether a deduction is a
    complaint or an allowance is the labels' to say (DOMAIN.md 5.4)."""
    if re.fullmatch(rf"(?i){phrases_of('complains')}", word):
        return True
    titles = (t for s in forms.titles() if s.kind == "complaint" for t in s.titles)
    return any(word in folded(halfwidth(t)).lower() for t in titles)


def _by_general_title(lines: Sequence[str], pages: Sequence[Sequence[Box]]) -> tuple[str, Guess] | None:
    """The form a general title (:func:`_general_title`) and the readings name together, among
    the forms a claim comes as: the one whose reading weighs most (:func:`_reading_weight`,
    ``READ_WEIGHT`` at least), half as much again as any other's — or a quarter as much again
    where the title names a complaint and that form is the complaint sheet (the title and the
    labels agree); else none (two forms close: ``unknown_kind``). The warning names the title
    and the runner-up when it weighs half the leader's or more."""
    general = _general_title(lines)
    if general is None or complaint_letter(lines):
        return None  # (a letter beyond doubt: the letter reader's, its date line and close read)
    line, complaint = general
    weights = sorted(((_reading_weight(pages, k), k) for k in CLAIM_FORMS), reverse=True)
    (first, chosen), (second, other) = weights[0], weights[1]
    ahead = WEIGH_AHEAD if not (complaint and chosen == "complaint") else WEIGH_AHEAD_AGREED
    if first < READ_WEIGHT or first < ahead * second:
        return None
    also = Bilingual.title(forms.get(other)) if second >= first / 2 else None
    said = (
        Bilingual(f"（也找到“{also.zh}”的栏位）", f" (labels of '{also.en}' were found too)") if also else ""
    )
    return chosen, KindDoubt("kind_title_general", {"line": line, "also": said})


READ_WEIGHT = 3.0  # the least a reading weighs that decides a general title's form
WEIGH_AHEAD = 1.5  # … and how much more than any other form's reading
WEIGH_AHEAD_AGREED = 1.25  # … the complaint sheet's under a title that names a complaint


def _reading_weight(pages: Sequence[Sequence[Box]], kind: str) -> float:
    """How much of ``kind``'s form the pages read as: each field read, by how sure the reader is
    of it (a label of the form's own at 0.9, one found by a word any form prints at 0.4), an
    item table with lines as one sure field."""
    spec = forms.get(kind)
    weight = 0.0
    for boxes in pages:
        reading = read_boxes(boxes, spec)
        for key, value in reading.values.items():
            if value in (None, "", [], {}):
                continue
            read = reading.provenance.get(key)
            weight += 1.0 if isinstance(value, list) else float(getattr(read, "confidence", 0) or 0)
    return weight
