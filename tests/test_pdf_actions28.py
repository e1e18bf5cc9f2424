"""The two finders of a PDF's actions (debts28): the search of the file's bytes (what is in
sight) and pypdf's walk from the catalog (a file with compressed object streams) look for one
vocabulary (``pdf_actions.ACTIONS``) and give one verdict on a script (``_runs_something``): the
same actions written in sight and kept in an object stream are found alike."""

from __future__ import annotations

import pytest
from hostile import _pdf

from kesu_docs.parse import pdf_actions
from tests.test_hostile_inputs12 import _FONT, _page, _stream, _with_object_stream

_PAGES = b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>"
_SCRIPT = b"<< /S /JavaScript /JS (app.alert\\(1\\)) >>"
_HELPER = b'<< /S /JavaScript /JS (AFNumber_Format\\(2, 0, 0, 0, "", true\\);) >>'
_LAUNCH = b"<< /S /Launch /F (cmd.exe) >>"
_ESCAPED = b"<< /S /L#61unch /F (cmd.exe) >>"  # (#61: an ``a``, as a reader takes it)


def _both(action: bytes) -> tuple[bytes, bytes]:
    """A one-page PDF whose catalog opens with ``action`` (object 6): written in sight, and kept
    with the catalog in a compressed object stream."""
    catalog = b"<< /Type /Catalog /Pages 2 0 R /OpenAction 6 0 R >>"
    page, content = _page(b"5 0 R"), _stream(b"BT /F1 12 Tf 50 700 Td (memo) Tj ET")
    in_sight = _pdf([catalog, _PAGES, page, _FONT, content, action])
    held = _with_object_stream([None, _PAGES, None, _FONT, content, None], {1: catalog, 3: page, 6: action})
    return in_sight, held


@pytest.mark.parametrize(
    ("action", "found"),
    [
        (_SCRIPT, (True, False)),
        (_HELPER, (False, False)),
        (_LAUNCH, (False, True)),
        (_ESCAPED, (False, True)),
    ],
)
def test_an_action_in_sight_and_in_an_object_stream_is_found_alike(action, found):
    in_sight, held = _both(action)
    assert pdf_actions._actions(in_sight) == found
    assert pdf_actions._held_actions(held) == (*found, False)


def test_one_verdict_on_a_script_text():
    """What both finders ask of a script: Acrobat's field helpers run nothing worth saying."""
    assert not pdf_actions._runs_something(b'(AFSimple_Calculate("SUM", new Array("a")))')
    assert pdf_actions._runs_something(b"(app.launchURL('http://127.0.0.1:9/'))")
