"""The reader's objects keep their attributes where Python 3.11 reads them by its quick path
(issue 15, pdf28).

An instance whose ``__dict__`` is asked for (``self.__dict__[...] = ...``, ``functools.
cached_property``, ``self.__dict__.get(...)``) is given a dict object of its own, and Python
3.11 then reads none of its attributes by the specialised instruction (``LOAD_ATTR_WITH_HINT``
gives way on such a dict every time): every ``box.x0`` of the reader took the slow way,
≈ 1.1 million reads a batch of the bench's 37 prints, ≈ 5 % of its instructions. So does an
instance given a new name after its class's first few dozen instances were made (their shared
keys are closed by then): the reader's box, page and vocabulary declare every name they hold
(``__slots__``, no ``__dict__`` at all), which every CPython reads by its quick path — checked
here without reading any interpreter's dict layout.
These tests read a real print through the whole reader and look at the page, its boxes and its
vocabulary as the reader left them.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from kesu_docs.parse import anchor, parse_paths

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "complaint-broken.pdf"


def _declared(obj: Any) -> bool:
    """Does ``obj`` keep every name it holds in its class's declared slots, with no ``__dict__``
    (so none can be given to it later, and each is read by the quick path on any CPython)?"""
    return not hasattr(obj, "__dict__") and all(
        "__dict__" not in vars(cls) for cls in type(obj).__mro__ if cls is not object
    )


def _pages_read(path: Path) -> list[Any]:
    """The reader's pages (:class:`anchor._Page`) made while ``path`` is parsed, as it left them."""
    pages: list[Any] = []
    made = anchor._Page.__init__.__code__

    def watch(frame: Any, event: str, _arg: Any) -> None:
        if event == "return" and frame.f_code is made:
            pages.append(frame.f_locals["self"])

    sys.setprofile(watch)
    try:
        results = parse_paths([path])
    finally:
        sys.setprofile(None)
    assert results and results[0].kind == "complaint" and not results[0].fatal, results
    return pages


def test_a_read_pages_boxes_keep_their_attributes_in_slots():
    """A box has no ``__dict__`` at all (a dataclass with slots): nothing can give it one."""
    pages = _pages_read(SAMPLE)
    assert pages and all(page.boxes for page in pages)
    for box in (box for page in pages for box in page.boxes):
        assert not hasattr(box, "__dict__"), f"box {box.location} has a dict"


def test_a_read_page_keeps_its_attributes_in_slots():
    """A page read through the whole reader has no dict: every name it was given (its rows, its
    captions' index, a step table's column names) is declared, each set (none left unmade)."""
    pages = _pages_read(SAMPLE)
    assert pages
    for page in pages:
        assert page.bands  # (asked: made and kept on the page)
        assert _declared(page), "the page has a dict"
        unset = [name for name in type(page).__slots__ if not hasattr(page, name)]
        assert not unset, f"declared but never set: {unset}"


def test_a_vocabulary_asked_for_near_keys_keeps_its_attributes_in_slots():
    from kesu_docs.parse.vocab import Vocabulary

    spec = _pages_read(SAMPLE)[0].spec
    made = [Vocabulary(spec.leaf_fields.items()) for _ in range(40)]  # (the class's keys closed)
    vocab = made[-1]
    vocab.match("Cusotmer nmae")  # a misspelt label: the near keys' table is made (_close_match)
    assert _declared(vocab), "the vocabulary has a dict"
    assert vocab._own_keys()  # (asked last: its own keys by field, kept in a declared name)
    assert not [name for name in Vocabulary.__slots__ if not hasattr(vocab, name)]


def test_a_lazy_pattern_once_used_is_read_without_a_getattr_hook():
    """A :func:`kesu_docs.lazy_re.lazy_re` pattern compiles at its first use; from then on its
    class has no ``__getattr__`` (which Python asks before every reading of every name of an
    object whose class has one), and it reads, pickles and prints as before."""
    import pickle

    from kesu_docs.lazy_re import lazy_re

    pattern = lazy_re(r"(\d+)\s*(?:pcs|件)")
    assert "lazy_re(" in repr(pattern)
    assert pattern.search("共 12 件")[1] == "12"
    assert not hasattr(type(pattern), "__getattr__")
    assert pattern.sub("n", "3 pcs") == "n" and pattern.groups == 1
    again = pickle.loads(pickle.dumps(pattern))
    assert again.match("7pcs")[1] == "7" and again.pattern == pattern.pattern
