"""What the twenty-second round's speed of the PDF parse rests on (issue 15), held so it cannot
go away unnoticed: each look the reader made again and again is made once, and answers what
the look made every time answered.

The timings themselves are benchmarks (bench/baseline_bench.py, docs/performance-history.md).
"""

from __future__ import annotations

import re

from kesu_docs import forms, values
from kesu_docs.parse import compound, guards, persons
from kesu_docs.parse.boxes import Box
from kesu_docs.parse.vocab import norm


def _caption(text: str, x0: float, y0: float, x1: float, y1: float) -> Box:
    return Box(text, text, x0, y0, x1, y1, "p1#1")


def _wrapped_by_every_pair(captions: list[Box]) -> list[tuple[str, float, float, float, float]]:
    """The look before: each caption against every other one (``norm`` of each, each time)."""
    out = []
    for b in captions:
        if not isinstance(b.value, str) or b.empty or len(norm(b.text)) > 8 or re.search(r"\d", b.text):
            continue
        under = next(
            (
                u
                for u in captions
                if u is not b
                and isinstance(u.value, str)
                and 0 < len(norm(u.text)) <= 2
                and not re.search(r"\d", u.text)
                and abs(u.x0 - b.x0) < 1.0
                and abs(u.x1 - b.x1) < 1.0
                and -1.0 < u.y0 - b.y1 < 1.0 + 0.2 * b.height
            ),
            None,
        )
        if under is not None:
            text = b.text.strip() + under.text.strip()
            out.append((text, b.x0, b.y0, b.x1, under.y1))
    return out


def test_a_wrapped_captions_last_characters_are_sorted_out_once_not_for_every_pair(monkeypatch):
    """A block caption wrapped in its cell (``退貨`` over ``人``, ``承辦`` over ``單位``) is
    read whole as the pairwise look read it, first piece under it first — and the short pieces
    it may end in are told once a caption, not once for every pair of the page's captions."""
    captions = [
        _caption(f"欄位{chr(0x4E00 + k)}", 10.0 + 60 * k, 10.0, 60.0 + 60 * k, 30.0) for k in range(30)
    ]
    captions += [_caption("退貨", 10.0, 40.0, 60.0, 60.0), _caption("人", 10.2, 60.5, 60.1, 80.0)]
    captions += [_caption("承辦", 70.0, 40.0, 120.0, 60.0), _caption("單位", 70.0, 60.0, 120.0, 80.0)]
    captions += [_caption("號", 70.0, 61.0, 120.0, 80.0)]  # a second piece under it: the first wins
    captions += [_caption("第3", 130.0, 40.0, 180.0, 60.0), _caption("聯", 130.0, 60.0, 180.0, 80.0)]
    expected = _wrapped_by_every_pair(captions)
    assert [t for t, *_ in expected] == ["退貨人", "承辦單位"]

    asked: list[str] = []

    def counted(text: str) -> str:
        asked.append(text)
        return norm(text)

    monkeypatch.setattr(compound, "norm", counted)
    got = compound._captions_wrapped(None, captions)  # type: ignore[arg-type]
    assert [(b.text, b.x0, b.y0, b.x1, b.y1) for b in got] == expected
    assert len(asked) <= 2 * len(captions), len(asked)


class _CountedSubs:
    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.calls = pattern, 0

    def sub(self, repl, text):  # type: ignore[no-untyped-def]
        self.calls += 1
        return self.pattern.sub(repl, text)


def test_a_wide_texts_fold_is_made_once_a_text_and_is_the_fold_itself(monkeypatch):
    """``halfwidth`` of a text with full-width letters is what the substitution gives, kept by
    the text: the reader folds the same labels and cells many times a page."""
    folds = {
        "ＡＢＣ－１２３": "ABC-123",
        "客户：\u3000ＡＣＭＥ ": "客户: ACME",
        "数量。５": "数量.5",
        " abc ": "abc",
        "全角（括号）": "全角(括号)",
        "二、单位": "二,单位",
    }  # (written out, not the substitution again: an oracle copying the code agrees with any slip)
    for text, fold in folds.items():
        assert values.halfwidth(text) == fold and type(values.halfwidth(text)) is str
    counted = _CountedSubs(re.compile(values._FULLWIDTH_RUNS.pattern))
    monkeypatch.setattr(values, "_FULLWIDTH_RUNS", counted)
    values._folded_wide.cache_clear()
    for _ in range(3):
        assert values.halfwidth("客户：\u3000ＡＣＭＥ ") == "客户: ACME"
    assert counted.calls == 1


class _CountedSearches:
    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.calls = pattern, 0

    def search(self, text):  # type: ignore[no-untyped-def]
        self.calls += 1
        return self.pattern.search(text)


def test_whether_a_field_holds_a_persons_name_is_read_once_from_its_two_labels(monkeypatch):
    """``person_field`` answers for every field of every form what its labels say, as the
    look made at each question said — and looks at a pair of labels once. The fields holding a
    person are written out (not the look again: an oracle copying the code agrees with any slip)."""
    people = {
        ("8d", "closure.approved_by"), ("8d", "problem.who"), ("allowance", "approved_by_gm"),
        ("allowance", "approved_by_manager"), ("complaint", "approver"), ("complaint", "operator"),
        ("complaint", "reporter"), ("complaint", "sales_supervisor"), ("followup", "issuer"),
        ("reminder", "issuer"), ("return", "approved_by"), ("return", "warehouse_receiver"),
    }  # fmt: skip
    fields = [
        (spec.kind, path, meta) for spec in forms.all_specs() for path, meta in spec.leaf_fields.items()
    ]
    assert {(kind, path) for kind, path, meta in fields if guards.person_field(meta)} == people
    metas = [meta for _kind, _path, meta in fields]
    answers = [guards.person_field(meta) for meta in metas]
    assert guards.person_field(None) is False

    person = next(meta for meta, said in zip(metas, answers, strict=True) if said)
    counted = _CountedSearches(re.compile(persons._NOT_PERSON.pattern, persons._NOT_PERSON.flags))
    monkeypatch.setattr(persons.PERSON, "never", counted)
    persons.PERSON.told.cache_clear()
    assert all(guards.person_field(person) for _ in range(3))
    assert counted.calls == 2  # its Chinese label and its English one, once
