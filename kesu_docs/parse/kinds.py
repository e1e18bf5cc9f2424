"""Which form a source holds: by its title or form code (:func:`detect_kind`), else by the
labels its layout carries (:func:`guess_kind`); :func:`choose_form` decides, and says what
labels it did find when no form fits."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from ..forms import FormSpec
from ..values import halfwidth
from .anchor import Box, anchor, explode, find_labels
from .vocab import label_like, norm


def detect_kind(texts: Iterable[Any], specs: Iterable[FormSpec], *, mentions: bool = True) -> str | None:
    """The form kind named by a title or form code among ``texts`` (cells, lines), else None.

    Form codes (``QR-047-01``) are matched anywhere in a text. Titles are compared in any
    script (traditional folded to simplified) and may share their text with a company name
    or a form code (``示范电子 客户抱怨处理单``, ``OQC异常处理单``); a text much longer than a
    title, or a label that merely mentions a form's name, does not decide the kind. An English
    title with more words around "8D" (``8D Problem Solving Report``) is an 8D report.
    """
    specs = list(specs)
    titles = sorted(((norm(t), s.kind) for s in specs for t in s.titles), key=lambda tk: -len(tk[0]))
    kinds = {s.kind for s in specs}
    lines = [ln for text in texts if isinstance(text, str) for ln in text.split("\n")]  # "公司名\n标题"
    for text in lines:
        if not text.strip() or len(text) > 120:
            continue
        folded = halfwidth(text).upper()
        for spec in specs:
            if re.search(rf"(?<![\w-]){re.escape(spec.code.upper())}(?![\w]|-\d)", folded):
                return spec.kind
        key = norm(text)
        for title, kind in titles:
            if len(title) < 3 or title not in key or len(key) > len(title) + 20:
                continue
            if key == title or key.endswith(title) or (len(title) >= 4 and key.startswith(title)):
                return kind
            if len(title) >= 5 and not label_like(text):
                return kind
        for title, kind in titles:  # a long, distinctive title inside a longer line
            if len(title) >= 14 and title in key and not label_like(text):
                return kind
    # a title anywhere beats "8D report" in a line: that may be one option of a form's list
    # ("Customer request: ☐ Credit ☒ 8D report"), which a line of tick boxes always is
    for text in lines if mentions else ():
        if (
            "8d" in kinds
            and _EIGHT_D.search(halfwidth(text))
            and len(text) <= 60
            and not _TICK_BOXES.search(text)
        ):
            return "8d"
    return None


_TICK_BOXES = re.compile("[☑☐□■✓✔☒▣]")
_EIGHT_D = re.compile(
    r"(?i)(?<![\w-])8\s*-?\s*D(?![\w-])\s*(?:[a-z]+\s+){0,2}(report|报告|報告|problem|改善|$)"
)  # 8D Report, 8D Summary Report, 8D Corrective Action Report


def guess_kind(
    pages: Iterable[Sequence[Box]], specs: Iterable[FormSpec], *, share: float = 0.6, margin: float = 0.25
) -> str | None:
    """The form whose required labels a title-less layout carries, when the choice is clear.

    A form qualifies when at least ``share`` of its required fields have a label here and it
    leads every other form by ``margin``: a customer's own layout of the complaint sheet is
    recognised; a sheet of a few generic labels (客户名称, 日期) is not.
    """
    pages = [list(p) for p in pages]
    scores = []
    for spec in specs:
        needed = [k for k, meta in spec.fields.items() if meta.required]
        if not needed:
            continue
        found: set[str] = set()
        for boxes in pages:
            found |= set(find_labels(boxes, spec))
        scores.append((sum(k in found for k in needed) / len(needed), spec.kind))
    scores.sort(reverse=True)
    if not scores or scores[0][0] < share:
        return None
    if len(scores) > 1 and scores[0][0] - scores[1][0] < margin:
        return None
    return scores[0][1]


def _labels_found(pages: Sequence[Sequence[Box]], limit: int = 12) -> Any:
    """``（找到的标签：客户、日期…）``: what the clerk's file does say, for a form we do not know."""
    from ..problems import Bilingual

    seen: list[str] = []
    for boxes in pages:
        for box in sorted(boxes, key=lambda b: (b.y0, b.x0)):
            for piece in explode(box):
                text = piece.text.strip().rstrip(":：")
                if isinstance(piece.value, str) and label_like(piece.text) and text and text not in seen:
                    seen.append(text)
    if not seen:
        return ""
    shown = "、".join(seen[:limit]) + ("…" if len(seen) > limit else "")
    return Bilingual(f"（找到的标签：{shown}）", f" (labels found: {shown.replace('、', ', ')})")


def choose_form(
    kind: str | None, texts: Iterable[Any], pages: Iterable[Sequence[Box]], hint: str | None = None
) -> tuple[FormSpec, bool]:
    """The form a source holds, and whether it was guessed from labels (warn the clerk then).

    ``--kind`` wins; else a title or form code among ``texts``; else ``hint`` (what the source
    says of itself, e.g. fillable PDF field names); else the form whose labels the layout
    carries. Nothing at all: ``not_a_form``; labels but no clear choice: ``unknown_kind``.
    """
    from .. import forms
    from ..problems import Bilingual, SourceError

    specs = forms.all_specs()
    pages = [list(p) for p in pages]
    texts = list(texts)
    chosen = kind or detect_kind(texts, specs) or hint
    guessed = False
    if (
        kind is None
        and chosen is not None
        and chosen != hint
        and detect_kind(texts, specs, mentions=False) is None
    ):
        # no title, only "8D report" in a line: the labels decide when they clearly name
        # another form; either way the kind is a guess the clerk is told about
        chosen, guessed = guess_kind(pages, specs) or chosen, True
    if chosen is None:
        chosen = guess_kind(pages, specs)
        guessed = chosen is not None
    if chosen is None:
        if not any(anchor(boxes, spec)[1] for spec in specs for boxes in pages):
            raise SourceError(
                "not_a_form", kinds=[Bilingual.title(s) for s in specs], found=_labels_found(pages)
            )
        raise SourceError("unknown_kind", kinds=forms.kinds(), found=_labels_found(pages))
    try:
        return forms.get(chosen), guessed
    except forms.UnknownKind:
        raise SourceError("unknown_kind", kinds=forms.kinds(), found="") from None
