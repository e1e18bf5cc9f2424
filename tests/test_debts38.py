"""The reader's debts round 37's re-read found (debts38): code written twice, at the wrong depth.

- **One index of the labels of all forms** (:func:`kesu_docs.parse.vocab.form_labels`): every
  rule that asked every form's vocabulary in a loop of its own (a caption some form knows, a
  person's label, a letter's field label, a value that reads as a label, the names a fillable
  PDF's fields may carry, the words of the forms' labels) asks it; built once for a read.
- **The sign-off captions derive from the forms' own sign-off block** (``forms.base.SIGNATURES``):
  a word added to it reaches the reader.
- **Every memo of the reader in one registry** (:mod:`kesu_docs.parse.memos`): the dicts keyed by
  id (``anchor._LABELS``) and the index are emptied by ``cold_memos`` with the per-text memos.

Workbooks made here with openpyxl.
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path

from kesu_docs.parse import anchor, memos, vocab

PARSE = Path(vocab.__file__).resolve().parent


# ------------------------------------------------------------------ every memo in one registry
# a module-level name (a line's first column) bound to a container made empty, to be filled as the
# reader runs: a memo, declared or not (a table filled at import is made by a function and bound
# once, ``symbol_fonts._private_codes``). A pattern, not ast: the package's 55,000 lines parsed
# cost seconds.
_EMPTY_STORE = re.compile(
    r"^(?P<name>[A-Za-z_]\w*)\s*(?::[^=\n]+)?=\s*(?:memo\()?\s*(?:\{\}|\[\]|(?:[\w.]*\.)?"
    r"(?:dict|set|list|OrderedDict|defaultdict|deque|WeakKeyDictionary|WeakValueDictionary)\(\))",
    re.M,
)


def _module_stores() -> list[tuple[str, str]]:
    """(module, name) of every module-level name of kesu_docs.parse bound to an empty store."""
    return [
        (path.stem, m["name"])
        for path in sorted(PARSE.glob("*.py"))
        if path.stem != "memos"  # (the registry's own list)
        for m in _EMPTY_STORE.finditer(path.read_text(encoding="utf-8"))
    ]


def test_no_module_level_memo_of_the_reader_escapes_the_registry() -> None:
    stores = _module_stores()
    assert ("anchor", "_LABELS") in stores and ("profile", "_PARSED") in stores
    found = {
        (module, name): getattr(importlib.import_module(f"kesu_docs.parse.{module}"), name)
        for module, name in stores
    }
    declared = memos.declared()  # (once every module is imported: each declares its own)
    escaped = [
        f"{module}.{name}"
        for (module, name), store in found.items()
        if not any(store is kept for kept in declared)
    ]
    assert escaped == [], escaped


def test_every_memo_is_reachable_from_the_registry() -> None:
    """The per-text ``lru_cache`` memos are found by the registry, the rest are declared: every
    one of the reader's is either (a form's vocabulary, 64 entries, is kept by design)."""
    reachable = memos.cached_functions()
    assert vocab.label_like in reachable and vocab._FOLDED in reachable
    assert any(kept is anchor._UNREAD for kept in memos.declared())
