"""A laboratory's test report read as one of our forms: its own number and date are the laboratory's.

A customer sends a 检验报告 / 检测报告 (a Test Report, a Certificate of Analysis) as the evidence of its
complaint, and the clerk reads it with ``--kind complaint``. The report prints a number and a date of its
own — ``报告编号 WT-2610-08812``, ``签发日期 2026-10-29`` — under words any document's own number and date
are read by (报告编号, Report No., 签发日期, 报告日期): read so, they would stand as the complaint's number and
the day it came in, silently. They are the laboratory's: the day the sample was received (收样日期), the day
the report was signed, the report's serial. So where the document is a test report — its title says so, or
it prints both a commissioning party (委托单位, 送检单位) and a sample's receipt date (收样日期, 送样日期) — the
form's own number and date read from it are kept and always shown for checking (``lab_report_own``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import islice
from typing import Any

from ..forms import FormSpec
from ..lazy_re import lazy_re
from ..problems import Problem
from ..validation import labels_for
from ..values import halfwidth
from .vocab import norm

MESSAGES = {
    "lab_report_own": (
        "这是一份检验/检测报告（{why}）：{label}读到的“{value}”是检测机构自己的报告编号或日期，"
        "不一定是本单的；请核对",
        "This is a laboratory's test report ({why}): '{value}' read as the {label} is the laboratory's own"
        " report number or date, not surely this form's; please check",
    ),
}

# a test report's title: 检验报告, 检 测 报 告 (letter-spaced), 产品检验报告书, 检验报告单 (a 报告单: the report's
# sheet), Test Report, Certificate of Analysis — matched on the text squashed (no spaces); a cargo surveyor's
# report (货物残损检验报告, 公估报告, 查勘报告, Survey Report) is the same: a third party's paper with its own
# serial and date of issue
_TITLE = lazy_re(
    r"(?i)^.{0,10}(检验|检测|试验|测试|化验|分析|公估|查勘)报告[书单]?$"
    r"|^(test|testing|laboratory|lab|analysis|analytical|survey|surveyor'?s)report$|^certificateofanalysis(\(coa\))?$"
)
# an English test report's title names the test or the laboratory among a few words before its last,
# Report: Test Report, LABORATORY TEST REPORT, Material Test Report (a mill's MTR), Lab Report — the
# words of the title, not its squashed letters, so that a word is a word (``Contest Report`` is none)
_TEST_WORDS = frozenset({"test", "tests", "testing", "laboratory", "lab", "survey", "surveyor"})
_TITLE_WORDS = 6  # (a title: a few words; a sentence naming a test report is no title)
# a page mark after a title (（第 1 页）, (Page 1 of 3), (1/2), (P.1)) as printed, spaces and all: a
# bracket closing the text with a figure in it — the first page of the same document, taken off before
# the title is squashed or split into words
_LATIN_WORD = lazy_re(r"[a-z]+")  # an English title's words, as casefolded
_TRAILING_MARK = lazy_re(r"\s*[（(][^()（）]*\d[^()（）]*[)）]\s*$")


def _test_report_title(text: str) -> bool:
    """Is ``text`` a test report's title (:data:`_TITLE`, or an English title ending in Report with a
    test's or a laboratory's word before it: :data:`_TEST_WORDS`)?"""
    bare = _TRAILING_MARK.sub("", text)  # (without a page mark after it: Survey Report (Page 1 of 3))
    if _TITLE.match(_squashed(bare)):
        return True
    folded = halfwidth(bare).casefold()
    if "report" not in folded:
        return False  # (most texts: no English title's last word, Report, in them — its words not split)
    words = _LATIN_WORD.findall(folded)
    return 2 <= len(words) <= _TITLE_WORDS and words[-1] == "report" and bool(_TEST_WORDS & set(words[:-1]))


# the party that commissioned the test, and the day the laboratory took the sample in (as norm() leaves them)
_CLIENT = frozenset({"委托单位", "委托方", "委托人", "送检单位", "送样单位", "委检单位"})
_SAMPLE_IN = frozenset(
    {
        "收样日期",
        "接样日期",
        "送样日期",
        "送检日期",
        "到样日期",
        "样品接收日期",
        "samplereceived",
        "datesamplereceived",
    }
)
TITLE_TEXTS = 40  # how many texts from the top a title is looked for among


def _squashed(text: str) -> str:
    # (str.split() and the pattern \s cut at the same spaces, Unicode's: no pattern looked up a label)
    return "".join(norm(text).split())


def lab_report_signs(labels: Iterable[str], top: Iterable[Any]) -> str | None:
    """What says the document is a laboratory's test report — its title among the ``top`` texts, or a
    commissioning party's label beside a sample's receipt date among ``labels`` — as the texts printed;
    None where nothing does."""
    for text in islice(top, TITLE_TEXTS):
        if isinstance(text, str) and len(text) <= 40 and _test_report_title(text):
            # (as printed: a letter-spaced 检 测 报 告 closed up, an English title's words kept apart)
            return re.sub(r"(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])", "", " ".join(text.split()))
    seen = {_squashed(t): t.strip().rstrip(":：") for t in labels if isinstance(t, str)}
    client = next((shown for key, shown in seen.items() if key in _CLIENT), None)
    sample = next((shown for key, shown in seen.items() if key in _SAMPLE_IN), None)
    return f"{client}、{sample}" if client and sample else None


def lab_report_own(spec: FormSpec, record: Any, where: Any, why: str | None) -> list[Problem]:
    """The warnings on a form read from a test report (``why``: :func:`lab_report_signs`): its own
    number and its own date (the form's ``date_field``), where read, are the laboratory's."""
    if why is None:
        return []
    out = []
    for path in ("number", spec.date_field):
        value = getattr(record, path, None)
        if path not in spec.fields or value in (None, ""):
            continue
        zh, en = labels_for(spec, path)
        shown = value.isoformat() if hasattr(value, "isoformat") else str(value)
        params = {"value": shown, "why": why}
        out.append(Problem("lab_report_own", path, zh, en, where.get(path, ""), "warning", params))
    return out
