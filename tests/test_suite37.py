"""A suite that passes in any order and at any length of its temporary folder (suite37).

Round 36's CI run failed on one test of 9,800: in the random order, a held-out set's test on the
same xdist worker had read the same print first, its texts were in the reader's memos, and the
conversions the test counted were 0. Round 35's failed on tests asking a fixed console width
(200–400 columns) whose output held a path under a long temporary folder. Here: conftest's
``cold_memos`` empties what another test may have filled, and no test asks a fixed width
narrower than the suite's own.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from kesu_docs import memos
from kesu_docs.parse import anchor, parse_paths, vocab

ROOT = Path(__file__).resolve().parents[1]

PRINT = ROOT / "samples" / "complaint-broken.pdf"  # LibreOffice Calc, one page


def _per_text_memos() -> dict[str, int]:
    """Every per-text memo of kesu's modules loaded (pdf_bench's rule: an ``lru_cache`` or a
    store answering ``cache_info`` of more than 64 entries), by name → its entries."""
    found: dict[str, int] = {}
    for name, module in list(sys.modules.items()):
        if not name.startswith("kesu_docs"):
            continue
        owned = {f"{name}.{key}": value for key, value in vars(module).items()}
        owned |= {
            f"{where}.{key}": value
            for where, owner in list(owned.items())
            if isinstance(owner, type) and owner.__module__ == name
            for key, value in vars(owner).items()
        }
        for where, memo in owned.items():
            if (
                hasattr(type(memo), "cache_info")
                and getattr(memo, "__module__", None) == name
                and _per_text(memo)
            ):
                found[where] = memo.cache_info().currsize
    return found


def _per_text(memo: object) -> bool:
    maxsize = memo.cache_info().maxsize  # type: ignore[attr-defined]
    return maxsize is not None and maxsize > 64


def test_cold_memos_empties_what_an_earlier_read_left(request: pytest.FixtureRequest) -> None:
    """A print read (as another test of the worker may have read it) fills the per-text memos:
    the fixture, asked after it, finds every one of them empty, and a read after it converts
    and reads the print's texts as a first read does."""
    [first] = parse_paths([PRINT])
    assert first.kind == "complaint", first
    filled = {name: size for name, size in _per_text_memos().items() if size}
    assert filled, "the read filled no per-text memo"
    assert anchor._text_reading.cache_info().currsize > 0 and vocab._FOLDED.cache_info().currsize > 0
    forget = request.getfixturevalue("cold_memos")
    left = {name: size for name, size in _per_text_memos().items() if size}
    assert left == {}, left
    [again] = parse_paths([PRINT])
    assert vocab._FOLDED.cache_info().currsize > 0  # (folded again: nothing was there)
    assert again.to_dict("en") == first.to_dict("en")
    # (the fixture's function, to empty them again: every memo declared, the per-text ones among them)
    assert forget() == len(memos.declared())


# a console width a test gives as a figure, in a call or a dict (COLUMNS = "NNN", "COLUMNS": "NNN")
_WIDTH_ASKED = re.compile(r"""\bCOLUMNS["']?\s*[:=]\s*["'](\d+)["']""")

CLERKS_WIDEST = 120
"""The widest console a test of a clerk's window asks (80 or 100 columns: blocks, folded paths)."""


def test_no_test_asks_a_width_between_a_clerks_window_and_the_suites() -> None:
    """A fixed ``COLUMNS`` of 200–400 (a "wide console") held a path under pytest's temporary
    folder on one row until the folder grew long (round 35: ``/tmp/ktXXXX``, xdist's
    ``popen-gwN/``): the suite's own width (``helpers.SUITE_COLUMNS``, set by conftest) is
    wide enough, and a test of a width asks a clerk's (80, 100). Fails before suite37: 35
    such widths in 24 modules."""
    from helpers import SUITE_COLUMNS

    asked = []
    for path in sorted((ROOT / "tests").glob("*.py")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            asked += [
                f"{path.name}:{n}: COLUMNS={width}"
                for width in _WIDTH_ASKED.findall(line)
                if CLERKS_WIDEST < int(width) < int(SUITE_COLUMNS)
            ]
    assert asked == [], "\n".join(asked)
