"""The reader's objects keep their attributes where Python 3.11 reads them by its quick path
(issue 15, pdf28).

An instance whose ``__dict__`` is asked for (``self.__dict__[...] = ...``, ``functools.
cached_property``, ``self.__dict__.get(...)``) is given a dict object of its own, and Python
3.11 then reads none of its attributes by the specialised instruction (``LOAD_ATTR_WITH_HINT``
gives way on such a dict every time): every ``box.x0`` of the reader took the slow way,
≈ 1.1 million reads a batch of the bench's 37 prints, ≈ 5 % of its instructions. An instance
that was never asked for its dict keeps its values inline: the garbage collector's view of it
(``gc.get_referents``) then holds the values themselves, not one dict. These tests read a real
print through the whole reader and look at the page, its boxes and its vocabulary as the
reader left them.
"""

from __future__ import annotations

import gc
import sys
from pathlib import Path
from typing import Any

from kesu_docs.parse import anchor, parse_paths

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "complaint-broken.pdf"


def _inline(obj: Any, value: Any) -> bool:
    """Is ``value`` (one of ``obj``'s attributes) held by ``obj`` itself, not by a dict of its own?"""
    return any(r is value for r in gc.get_referents(obj))


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


def test_a_read_page_and_its_boxes_keep_their_attributes_inline():
    pages = _pages_read(SAMPLE)
    assert pages
    for page in pages:
        assert page.bands  # (asked: made and kept on the page)
        assert _inline(page, page.boxes), "the page was given a __dict__ of its own"
        assert _inline(page, page.bands), "the page's bands were kept in a __dict__ of its own"
        assert page.boxes
        for box in page.boxes:
            assert _inline(box, box.location), f"box {box.location} has a __dict__ of its own"


def test_a_vocabulary_asked_for_near_keys_keeps_its_attributes_inline():
    pages = _pages_read(SAMPLE)
    vocab = pages[0].vocab
    vocab.match("Cusotmer nmae")  # a misspelt label: the near keys' table is made (_close_match)
    assert _inline(vocab, vocab.index), "the vocabulary was given a __dict__ of its own"


def test_a_forms_worked_out_fields_keep_its_attributes_inline():
    """A form's fields, leaf fields and paths (``FormSpec``), worked out on their first reading
    and kept (:class:`kesu_docs.kept.kept`), not in a ``__dict__`` the form is then given."""
    spec = _pages_read(SAMPLE)[0].spec
    assert spec.fields and spec.leaf_fields and spec.field_paths
    assert _inline(spec, spec.leaf_fields), "the form was given a __dict__ of its own"
    assert spec.leaf_fields is spec.leaf_fields  # (made once)
