"""What the twenty-third round's speed of the Excel parse rests on (issue 15), held so it cannot
go away unnoticed: each look the reader made again and again is made once, and answers what
the look made every time answered.

The timings themselves are benchmarks (bench/baseline_bench.py, docs/performance-history.md).
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from kesu_docs import forms
from kesu_docs.parse import anchor, currency, sections
from kesu_docs.parse.excel import read_workbook
from kesu_docs.parse.vocab import Vocabulary, field_metas

LAYOUTS = Path(__file__).parent / "layouts" / "filled"


def _top_level_alternatives(pattern: str) -> int:
    """How many ``|`` stand outside any group or class of ``pattern``."""
    depth, in_class, escaped, count = 0, False, False, 0
    for ch in pattern:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            count += 1
    return count


def test_the_krones_cues_are_searched_one_by_one():
    """Which krone a ``kr`` is (Danish CVR, Norwegian ASA, a Swedish city…): each cue a pattern
    searched alone — a pattern of alternatives starting ``\\b`` was tried alternative by
    alternative at every character of the form's text. (Until the twenty-sixth round the cues
    were also fuzzed against the one pattern they replaced; its numbers and cities are now
    python-stdnum's and GeoNames', tests/test_currency_cues26.py.)"""
    for code, own in currency._KRONE_COUNTRY.items():
        cues = (*own, *currency._country_cues(code))  # the table's and the libraries'
        assert isinstance(own, tuple) and len(cues) > 1, code
        for cue in cues:
            assert _top_level_alternatives(cue.pattern) == 0 or not re.search(r"[\\(]", cue.pattern), cue
    assert currency.krone_of(["Faktura", "CVR 31224455", "København"]) == "DKK"
    assert currency.krone_of(["Org. nr. 974 760 673 MVA", "Oslo"]) == "NOK"
    assert currency.krone_of(["CVR 31224455", "Volvo, Göteborg, Sweden"]) == ""


def _page_of(path: Path, kind: str) -> tuple[list, forms.FormSpec]:
    sheet = read_workbook(path.read_bytes()).sheets[0]
    return sheet.boxes, forms.get(kind)


def test_a_pages_header_words_are_sifted_once_not_by_every_table(monkeypatch):
    """An 8D has a dozen tables, and each looked at every box of the page for its columns'
    names: whether a box may name a column at all (a text, no figure, no caption holding its
    value in its cell) is the page's, asked once a box — and the 8D reads as it did."""
    asked: Counter[int] = Counter()
    beside = anchor._Page._value_beside_in_cell

    def counted(self: anchor._Page, box: anchor.Box) -> bool:
        asked[id(box)] += 1
        return beside(self, box)

    monkeypatch.setattr(anchor._Page, "_value_beside_in_cell", counted)
    boxes, spec = _page_of(LAYOUTS / "8d-en-scar.xlsx", "8d")
    reading = anchor.read_boxes(boxes, spec)
    tables = [k for k, m in spec.fields.items() if m.kind == "table"]
    assert len(tables) >= 5 and asked, "an 8D's tables each look for their header"
    assert max(asked.values()) == 1
    assert reading.values.get("containment"), "the containment's lines are still read"


def test_a_vocabularys_readings_are_kept_for_the_text_asked():
    """A text asked again (a box asked by every table, every rule) is answered from the
    vocabulary's own dict: the rule's cache is not asked again, and the answer is the same."""
    calls: list[str] = []

    class Counted(Vocabulary):  # (a slotted Vocabulary's methods are counted by a subclass)
        def _candidates(self, text: str) -> tuple:
            calls.append(text)
            return super()._candidates(text)

    vocab = Counted(field_metas(forms.get("complaint")))
    first = vocab.match("客户名称")
    assert first is not None and first[0] == "customer"
    assert vocab.match("客户名称") is first and vocab.candidates("客户名称")[0] == first
    assert calls == ["客户名称"]
    long = "客户名称（" + "请填写贵司在合同上的全称，" * 6 + "）"  # over 60 characters: its brackets dropped
    assert vocab.match(long) == first
    assert long not in vocab._asked  # a long text is not kept
    assert vocab.match("   ") is None and vocab.match(None) is None


def test_may_name_is_told_once_a_text():
    """:meth:`Vocabulary.may_name`, asked for every pair of boxes of two rows by every table,
    works a text out once (for each score asked), and answers as it did."""
    calls: list[tuple[str, float]] = []

    class Counted(Vocabulary):  # (a slotted Vocabulary's methods are counted by a subclass)
        def _may_name(self, text: str, at: float) -> bool:
            calls.append((text, at))
            return super()._may_name(text, at)

    vocab = Counted(field_metas(forms.get("return")))
    rule = Vocabulary(field_metas(forms.get("return")))._may_name
    assert vocab.may_name("客户名称") is True and vocab.may_name("客户名称") is True
    assert vocab.may_name("今天天气很好") is False and vocab.may_name("今天天气很好") is False
    assert vocab.may_name("客户名称", 0.99) == rule("客户名称", 0.99)
    assert calls == [("客户名称", 0.85), ("今天天气很好", 0.85), ("客户名称", 0.99)]
    assert vocab.may_name("") is False and vocab.may_name(12) is False


def test_a_disciplines_fields_are_worked_out_once_a_form():
    """The fields D3 stands for on an 8D (its section's, and what ``D3`` names): asked of every
    heading a box names by every table, worked out once a form — the same answer."""
    boxes, spec = _page_of(LAYOUTS / "8d-en-scar.xlsx", "8d")
    page = anchor._Page(boxes, spec)
    keys = sections.discipline_keys(page, 3)
    assert keys is sections.discipline_keys(page, 3)
    expected = {k for k, m in spec.fields.items() if getattr(m, "section", "") == "d3"}
    expected |= {e.path.partition(".")[0] for e in page.vocab.index.get("d3", ())}
    assert keys == expected and keys
