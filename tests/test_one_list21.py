"""One list, one table, one helper (dev21-clean): what was typed twice is typed once.

- an English form's credit (note) words (``terms.CREDIT_NOTE_WORDS``): the allowance a customer
  asks for (Request) or is given (Disposition) and a return note's credit handling;
"""

from __future__ import annotations

import pytest

from kesu_docs import terms
from kesu_docs.forms.return_note import ReturnHandling
from kesu_docs.values import halfwidth


def _folded(word: str) -> str:
    return "".join(halfwidth(word).split()).lower()


@pytest.mark.parametrize("term", [terms.Request, terms.Disposition])
def test_credit_note_words_are_one_list(term):
    """The allowance's English words are the credit-note words, the same in a request and in a
    disposition (and found there: ``Credit memo`` is an allowance asked for)."""
    words = term.ALLOWANCE.words
    assert [_folded(w) for w in terms.CREDIT_NOTE_WORDS] == list(words[: len(terms.CREDIT_NOTE_WORDS)])
    assert term.ALLOWANCE.words == (terms.Request.ALLOWANCE.words if term is terms.Disposition else words)
    for word in (*terms.CREDIT_NOTE_WORDS, "CREDIT NOTE", "credit  memo"):
        assert term.lookup(word) is term.ALLOWANCE, word


def test_a_return_notes_credit_takes_every_credit_word():
    """A return note's credit handling: the credit words (the credit-note words among them) and
    the foreign allowance words."""
    words = ReturnHandling.CREDIT.words
    for word in (*terms.CREDIT_WORDS, *terms.ALLOWANCE_WORDS):
        assert _folded(word) in words, word
    assert set(map(_folded, terms.CREDIT_NOTE_WORDS)) <= set(map(_folded, terms.CREDIT_WORDS))
    assert ReturnHandling.lookup("Credit memo") is ReturnHandling.CREDIT
