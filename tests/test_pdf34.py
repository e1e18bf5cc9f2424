"""A page's texts converted by OpenCC in one call, each distinct text once (issue 15, thirty-fourth
round: the PDF parse's per-text work).

OpenCC's ``convert`` costs ≈ 20 µs a call whatever the text's length; the reader folds
(``vocab.folded``: Japanese forms and traditional script to simplified) and simplifies
(``vocab.simplified``) some 40 new texts a page, one call each before this round. Now a page's
texts are joined by a line end (no key of OpenCC's dictionaries holds one) and converted in one
call, each distinct text once (``vocab.fold_ahead`` / ``simplify_ahead``), and the per-text
memos take them from there. These tests say that the batch converts each text as it does alone,
that a print asks few calls and each text once, and that the cold bench still empties it all.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from kesu_docs.parse import parse_paths, vocab

ROOT = Path(__file__).resolve().parents[1]

TEXTS = [
    "客戶名稱：",  # traditional, full-width colon
    "発生対策",  # Japanese shinjitai
    "給予 研發",  # a Japanese fold Chinese does not make in simplified()
    "不良現象描述及發生部門",
    "乾隆 皇后 頭髮",  # phrases: a character converted by its neighbours
    "ＰＯ號碼",
    "Customer 客戶 名稱 No.",
    "數量(千個)",
    "簽核人 / 審核",
]


def _alone(config: str, text: str) -> str:
    return str(vocab._opencc(config).convert(text))


def test_texts_converted_together_read_as_each_alone() -> None:
    """Joined by a line end, each text's conversion is the one it gets alone: folded (both of
    OpenCC's conversions) and simplified alike, each text taken once from what was worked out."""
    vocab._FOLDED.cache_clear()
    vocab._SIMPLIFIED.cache_clear()
    vocab.fold_ahead(TEXTS)
    vocab.simplify_ahead(TEXTS)
    for text in TEXTS:
        assert vocab._FOLDED.take(text) == _alone("t2s", _alone("jp2t", text)), text
        assert vocab._SIMPLIFIED.take(text) == _alone("t2s", text), text
    assert vocab._FOLDED.cache_info().hits == len(TEXTS) and vocab._FOLDED.cache_info().misses == 0
    assert vocab._SIMPLIFIED.cache_info().hits == len(TEXTS)
    assert vocab._FOLDED.take(TEXTS[0]) == _alone("t2s", _alone("jp2t", TEXTS[0]))  # (taken: alone)
    assert vocab._FOLDED.cache_info().misses == 1


def test_a_text_that_cannot_be_joined_is_converted_alone() -> None:
    """A text holding a line end, or a lone surrogate among the page's texts, never spoils the
    others: it is converted alone when it is asked (and says what it says alone)."""
    vocab._FOLDED.cache_clear()
    vocab.fold_ahead(["客戶\n名稱", "審核"])
    assert vocab._FOLDED.take("客戶\n名稱") == "客户\n名称"
    assert vocab._FOLDED.take("審核") == "审核"
    assert vocab._FOLDED.cache_info()[:2] == (1, 1)
    vocab.fold_ahead(["客戶\ud800", "簽核"])  # (no error: the batch is given up)
    assert vocab._FOLDED.take("簽核") == "签核"


class _Counting:
    """OpenCC's converter, counting its calls and each text it converts: the lines of a call
    made for a page's texts (``_Ahead.prepare``), the whole text of any other."""

    def __init__(self, inner: Any) -> None:
        self.inner, self.texts, self.calls, self.batch = inner, Counter[str](), 0, False

    def convert(self, text: str) -> str:
        self.calls += 1
        self.texts.update(text.split("\n") if self.batch else [text])
        return str(self.inner.convert(text))


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch, cold_memos: Any) -> dict[str, _Counting]:
    """OpenCC's converters counting, every per-text memo emptied first (conftest's ``cold_memos``:
    texts another test of this worker read are folded already, none would be converted)."""
    real = vocab._opencc
    made: dict[str, _Counting] = {}

    def counting(config: str) -> _Counting:
        if config not in made:
            made[config] = _Counting(real(config))
        return made[config]

    prepare = vocab._Ahead.prepare

    def prepare_counted(self: Any, texts: Any) -> list[str]:
        for spy in made.values():
            spy.batch = True
        try:
            return prepare(self, texts)
        finally:
            for spy in made.values():
                spy.batch = False

    monkeypatch.setattr(vocab, "_opencc", counting)
    counting("jp2t"), counting("t2s")
    monkeypatch.setattr(vocab._Ahead, "prepare", prepare_counted)
    return made


# a print read first (the forms' own labels folded, as in any batch), then prints of other
# layouts, whose texts are new
FIRST = "samples/complaint-broken.pdf"  # LibreOffice Calc, simplified Chinese


@pytest.mark.parametrize(
    "name",
    [
        "tests/holdout7/filled/8d-zht-html-twopage.pdf",  # Chromium, traditional
        "tests/holdout3/filled/complaint-zh-word.pdf",  # Word, simplified
    ],
)
def test_a_new_print_converts_each_text_once_in_few_calls(name: str, counted: dict[str, Any]) -> None:
    """A print of a new layout read after another: each distinct text goes through ``jp2t``
    at most once, and most of them in a page's call: fewer than two thirds of the calls one text
    a call made (``fails before``: a call for each new text folded)."""
    parse_paths([ROOT / FIRST])
    jp2t = counted["jp2t"]
    jp2t.calls, jp2t.texts = 0, Counter()
    [result] = parse_paths([ROOT / name])
    assert result.kind is not None
    twice = {text: n for text, n in jp2t.texts.items() if n > 1}
    assert not twice, twice
    folded_texts = len(jp2t.texts)
    assert folded_texts > 40  # (the print's new texts were folded: it reads as a Chinese form)
    assert jp2t.calls * 3 < folded_texts * 2, (jp2t.calls, folded_texts)


def test_the_cold_bench_empties_what_was_converted_ahead() -> None:
    """``bench/pdf_bench.py``'s ``forget`` empties every object of a kesu module whose type has
    ``cache_clear`` and whose ``cache_info`` says more than 64 entries, before a cold round:
    what was converted ahead is such, so a cold round converts as a first read does."""
    vocab.fold_ahead(["審核日期"])
    assert vocab._FOLDED.cache_info().currsize >= 1
    for store in (vocab._FOLDED, vocab._SIMPLIFIED):
        assert hasattr(type(store), "cache_clear") and store.__module__ == "kesu_docs.parse.vocab"
        assert (store.cache_info().maxsize or 0) > 64
        store.cache_clear()
    assert vocab._FOLDED.cache_info().currsize == 0
    assert vocab._FOLDED.take("審核日期") == "审核日期" and vocab._FOLDED.cache_info().misses == 1


def test_what_is_converted_ahead_and_never_asked_is_let_go() -> None:
    """A batch's memory does not grow with it: past the bound, the texts converted ahead and
    never asked are let go (and forgotten as converted: given again, converted ahead again)."""
    store = vocab._FOLDED
    store.cache_clear()
    many = [f"審核{n}號" for n in range(vocab._AHEAD_KEPT + 10)]
    vocab.fold_ahead(many)
    assert len(store._ahead) > vocab._AHEAD_KEPT
    vocab.fold_ahead(["簽核日期"])
    assert set(store._ahead) == {"簽核日期", "签核日期"}  # (the text, and its folded form stripped)
    vocab.fold_ahead(many[:1])
    assert store.take(many[0]) == "审核0号" and store.cache_info().misses == 0
