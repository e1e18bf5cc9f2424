"""The reader's objects keep their attributes where Python 3.11 reads them by its quick path
(issue 15, pdf28).

An instance whose ``__dict__`` is asked for (``self.__dict__[...] = ...``, ``functools.
cached_property``, ``self.__dict__.get(...)``) is given a dict object of its own, and Python
3.11 then reads none of its attributes by the specialised instruction (``LOAD_ATTR_WITH_HINT``
gives way on such a dict every time): every ``box.x0`` of the reader took the slow way,
≈ 1.1 million reads a batch of the bench's 37 prints, ≈ 5 % of its instructions. So does an
instance given a new name after its class's first few dozen instances were made (their shared
keys are closed by then): the reader's page and vocabulary are given every name they will hold
when they are made. An instance never asked for its dict keeps its values inline: the garbage
collector's view of it (``gc.get_referents``) then holds the values themselves, not one dict.
These tests read a real print through the whole reader and look at the page, its boxes and its
vocabulary as the reader left them.
"""

from __future__ import annotations

import ctypes
import gc
import sys
from pathlib import Path
from typing import Any

import pytest

from kesu_docs.parse import anchor, parse_paths

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "complaint-broken.pdf"


# the page's and the vocabulary's check reads CPython 3.11's dict layout (``ma_values``): on
# another interpreter it would read a word of something else
_CPYTHON_311 = sys.implementation.name == "cpython" and sys.version_info[:2] == (3, 11)
needs_311_layout = pytest.mark.skipif(not _CPYTHON_311, reason="reads CPython 3.11's dict layout")


def _quick(obj: Any) -> bool:
    """Are ``obj``'s attributes read by the quick path: kept inline (the collector sees its
    values, no dict), or in a dict of its own that is a combined table — not a dict that shares
    its class's keys (a *split* table: ``ma_values`` set), which the quick path never reads."""
    found = [r for r in gc.get_referents(obj) if r is not type(obj)]
    if not (len(found) == 1 and type(found[0]) is dict):
        return True  # (its values themselves: inline)
    # PyDictObject: PyObject_HEAD, ma_used, ma_version_tag, ma_keys, then ma_values
    values = ctypes.c_void_p.from_address(id(found[0]) + 5 * ctypes.sizeof(ctypes.c_void_p)).value
    return values is None


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


@needs_311_layout
def test_a_read_page_keeps_its_attributes_inline():
    pages = _pages_read(SAMPLE)
    assert pages
    for page in pages:
        assert page.bands  # (asked: made and kept on the page)
        assert _quick(page), "the page's attributes went into a dict sharing its class's keys"


@needs_311_layout
def test_a_vocabulary_asked_for_near_keys_keeps_its_attributes_inline():
    from kesu_docs.parse.vocab import Vocabulary

    spec = _pages_read(SAMPLE)[0].spec
    made = [Vocabulary(spec.leaf_fields.items()) for _ in range(40)]  # (the class's keys closed)
    vocab = made[-1]
    vocab.match("Cusotmer nmae")  # a misspelt label: the near keys' table is made (_close_match)
    assert _quick(vocab), "the vocabulary's attributes went into a dict sharing its class's keys"


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
