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
