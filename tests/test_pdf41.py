"""Round 41, the PDF parse's instructions (issue 15): work the reader did twice, cut without
changing what it reads."""

from __future__ import annotations

import itertools
import random
import re

from kesu_docs.lazy_re import lazy_re
from kesu_docs.parse.anchor import _named_apart


# ------------------------------------------------------------------ 1. re's cache left to re.match(r"…") calls
def test_a_lazy_pattern_is_compiled_outside_res_cache() -> None:
    """A lazy pattern keeps its compiled pattern itself: it takes no place in ``re``'s cache of
    512, where it would push out the patterns the reader's ``re.match(r"…")`` calls look up."""
    text = r"(?:pdf41)\s*lazy\s*(\d+)"
    pattern = lazy_re(text)
    assert pattern.search("a pdf41 lazy 12")[1] == "12"  # type: ignore[index]
    assert pattern.sub("", "pdf41lazy3") == ""
    assert not any(key[1] == text for key in re._cache)  # type: ignore[attr-defined]
    flagged = lazy_re(r"(?:pdf41)\s*CASE", re.IGNORECASE)
    assert flagged.match("PDF41 case") is not None
    assert flagged.flags & re.IGNORECASE


def _by_pattern(head: str, word: str) -> bool:
    """The test the reader made before: a pattern for each word."""
    return re.match(rf"(?:^|.*[\s/|,，、]){re.escape(word)}(?:$|[\s/|,，、])", head) is not None


def test_an_option_named_apart_answers_as_the_pattern_did() -> None:
    """``_named_apart`` answers what the pattern built for each option's word answered, on every
    short line of separators, line breaks and letters, and on random longer ones (spaces of other
    kinds, a break before or after, a word found twice)."""
    words = ["ab", "ba", "a b", "a.b", "aa", "a\nb", "c/", "abc", "控制计划"]
    for size in range(7):
        for letters in itertools.product(["a", "b", " ", "\n", "/", "、", "c"], repeat=size):
            head = "".join(letters)
            for word in words:
                assert _named_apart(head, word) == _by_pattern(head, word), (head, word)
    alphabet = [
        "a",
        "b",
        "c",
        " ",
        "\n",
        "\u3000",
        "/",
        "|",
        ",",
        "，",
        "、",
        "\t",
        ".",
        "\x85",
        "\u2028",
        "控制计划",
    ]
    rng = random.Random(41)
    for _ in range(30_000):
        head = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        word = rng.choice(words)
        assert _named_apart(head, word) == _by_pattern(head, word), (head, word)
    assert _named_apart("1 fmea update / control plan revision", "control plan")
    assert not _named_apart("pfmea update", "fmea")
    assert not _named_apart("note\nthen fmea", "fmea")  # (the pattern's ".*" stops at a line break)


# ------------------------------------------------------------------ 2. a weekday after a date
def _weekday_by_patterns(text: str) -> tuple[str, int | None]:
    """``values._without_weekday`` as it was: both Chinese patterns searched over every text."""
    from kesu_docs import values

    if m := values._WEEKDAY.search(text):
        day = m[1] or m[2]
        return text[: m.start()], values._ZH_WEEKDAYS.index(day) if day in values._ZH_WEEKDAYS else 6
    if m := values._WEEKDAY_CUT.search(text):
        return text[: m.start()], None
    if m := values._EN_WEEKDAY_AHEAD.match(text):
        return text[m.end() :], values._EN_WEEKDAYS.index(m[1].lower())
    if m := values._EN_WEEKDAY_AFTER.search(text):
        return text[: m.start()], values._EN_WEEKDAYS.index((m[1] or m[2]).lower())
    if (m := values._WORD_WEEKDAY_AHEAD.match(text)) and (day := values.weekday_of(m[1])) is not None:
        return text[m.end() :], day
    return text, None


def test_a_weekday_is_told_as_the_patterns_told_it() -> None:
    """The weekday after a date is looked for only in a text ending on a character it can end
    on: the same date and weekday as searching every text, dates with and without one, a line
    break after, a weekday cut off its cell."""
    from kesu_docs.values import _without_weekday

    seen = [
        "2026年9月3日 星期四",
        "2026年9月3日 星期四\n",
        "115/3/5 (四)",
        "2026/03/05（四）",
        "2026年4月16日 星",
        "2026年4月16日 星期",
        "2026年4月16日 礼拜\n",
        "2026-03-05",
        "Thu, 5 Mar 2026",
        "5 Mar 2026 (Thu)",
        "2026年3月27日 周五",
        "2026年3月27日 週日",
        "",
        "\n",
    ]
    pieces = [
        "2026",
        "年",
        "3",
        "月",
        "5",
        "日",
        " ",
        "\n",
        "(",
        ")",
        "（",
        "）",
        "星",
        "期",
        "四",
        "周",
        "礼",
        "拜",
        "禮",
        "週",
        "天",
        "号",
    ]
    rng = random.Random(41)
    texts = seen + ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 9))) for _ in range(20_000)]
    for text in texts:
        assert _without_weekday(text) == _weekday_by_patterns(text), text


# ------------------------------------------------------------------ 3. a heading's code
def test_a_heading_the_titled_number_takes_holds_a_code_start() -> None:
    """:data:`pdf._CODE_START` is asked first: every heading the titled number's pattern takes
    holds one (a capital, a dash at most, a figure), so none it took is left untried."""
    from kesu_docs.parse.pdf import _CODE_START, _TITLED_NUMBER

    assert _TITLED_NUMBER.match("Supplier Complaint SC-0091244") is not None
    assert _CODE_START.search("Supplier Complaint SC-0091244") is not None
    assert _CODE_START.search("客户投诉处理单") is None
    pieces = [
        "Supplier",
        " ",
        "Complaint",
        "SC",
        "-",
        "_",
        "/",
        "0",
        "91",
        "２",
        "#",
        ":",
        "客诉",
        "x",
        "A",
        "\n",
        ".",
    ]
    rng = random.Random(41)
    taken = 0
    for _ in range(60_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        if _TITLED_NUMBER.match(text):
            taken += 1
            assert _CODE_START.search(text), text
    assert taken > 30  # (the pattern took some: the test tested something)
